/**
 * Typed URL fields: each knows its default, its bounds, how to read a raw query value and how
 * to write one back. A view's schema is a table of these (see `schema.ts`).
 */

import type { Msg, MsgValue } from '../../engine';
import { excerpt, quote } from './quote';

/**
 * Reading a raw value: a value (maybe adjusted, with a note saying how) or a reason to refuse,
 * each a message of the common catalogue (`common.url.*`) with the raw text as a value.
 */
export type ParseResult<T> = { ok: true; value: T; note?: Msg } | { ok: false; reason: Msg };

/**
 * A sentence about a value in a link or a box; `id` without the `common.url.` prefix. Values
 * named `raw`, `key`, `value`, `values` and `size` are the link's own text, shown as code.
 */
export const urlMsg = (id: string, values?: Record<string, MsgValue>): Msg =>
  values ? { id: `common.url.${id}`, values } : { id: `common.url.${id}` };

export interface Field<T> {
  /** Default value, used when the key is absent or unreadable. */
  readonly default: T;
  /** What the key holds, for notices and the README ("integer 1–64, one value or h,w"). */
  readonly describe: string;
  /** Written to the URL even at its default, so shared links spell out the geometry. */
  readonly always?: boolean;
  /**
   * An animation step: changes replace the current history entry instead of adding one, so
   * that Back goes to the previous state rather than the previous frame.
   */
  readonly transient?: boolean;
  /**
   * The longest text worth reading: a longer value is refused before it is parsed, so no
   * link can make reading it slow.
   */
  readonly maxLength: number;
  parse(raw: string): ParseResult<T>;
  format(value: T): string;
}

/** The value type of a field. */
export type FieldValue<F> = F extends Field<infer T> ? T : never;

const INT = /^[+-]?\d+$/;
// Linear: the digits before and after a point never compete for the same characters.
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** The longest number text read (`-0.000001234`, `1e-3`, `99999` fit with room to spare). */
export const NUMBER_CHARS = 32;

/** Notes of several parts, each said once (`p=999:999` is one note, not two), as one note. */
function joinNotes(notes: readonly Msg[]): Msg | undefined {
  const unique = [...new Map(notes.map((note) => [JSON.stringify(note), note] as const)).values()];
  return unique.length ? unique.reduce((first, next) => urlMsg('and', { first, next })) : undefined;
}

/** −0 reads as 0: it writes as `0`, and must read back as the same value. */
function plainZero(value: number): number {
  return value === 0 ? 0 : value;
}

function above(raw: string, max: number): Msg {
  return urlMsg('above', { raw: excerpt(raw.trim()), max });
}

function below(raw: string, min: number): Msg {
  return urlMsg('below', { raw: excerpt(raw.trim()), min });
}

/** Parses one integer and clamps it into [min, max]. */
export function parseInteger(raw: string, min: number, max: number): ParseResult<number> {
  const text = raw.trim();
  if (text.length > NUMBER_CHARS || !NUMBER.test(text)) {
    return { ok: false, reason: urlMsg('notNumber', { raw: quote(raw) }) };
  }
  const value = plainZero(Number(text));
  // 1e309 overflows to Infinity: as far above the maximum as 1e308, not "not whole".
  if (value === Infinity) return { ok: true, value: max, note: above(raw, max) };
  if (value === -Infinity) return { ok: true, value: min, note: below(raw, min) };
  if (!INT.test(text) && !Number.isInteger(value)) {
    return { ok: false, reason: urlMsg('notWhole', { raw: quote(raw) }) };
  }
  if (value < min) return { ok: true, value: min, note: below(raw, min) };
  if (value > max) return { ok: true, value: max, note: above(raw, max) };
  return { ok: true, value };
}

/** Parses one decimal number and clamps it into [min, max]. */
export function parseDecimal(raw: string, min: number, max: number): ParseResult<number> {
  const text = raw.trim();
  if (text.length > NUMBER_CHARS || !NUMBER.test(text)) {
    return { ok: false, reason: urlMsg('notNumber', { raw: quote(raw) }) };
  }
  const value = plainZero(Number(text));
  if (value < min) return { ok: true, value: min, note: below(raw, min) };
  if (value > max) return { ok: true, value: max, note: above(raw, max) };
  return { ok: true, value };
}

/** Shortest decimal text for a number (no trailing zeros, no exponent for usual values). */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}

export function intField(opts: {
  default: number;
  min: number;
  max: number;
  always?: boolean;
  transient?: boolean;
}): Field<number> {
  return {
    default: opts.default,
    always: opts.always,
    transient: opts.transient,
    describe: `integer ${opts.min}–${opts.max}`,
    maxLength: NUMBER_CHARS,
    parse: (raw) => parseInteger(raw, opts.min, opts.max),
    format: String,
  };
}

export function decimalField(opts: {
  default: number;
  min: number;
  max: number;
  always?: boolean;
}): Field<number> {
  return {
    default: opts.default,
    always: opts.always,
    describe: `number ${opts.min}–${opts.max}`,
    maxLength: NUMBER_CHARS,
    parse: (raw) => parseDecimal(raw, opts.min, opts.max),
    format: formatNumber,
  };
}

export function boolField(opts: { default: boolean }): Field<boolean> {
  return {
    default: opts.default,
    describe: '0 or 1',
    maxLength: NUMBER_CHARS,
    parse: (raw) => {
      const text = raw.trim().toLowerCase();
      if (text === '1' || text === 'true' || text === 'on') return { ok: true, value: true };
      if (text === '0' || text === 'false' || text === 'off') return { ok: true, value: false };
      return { ok: false, reason: urlMsg('notBool', { raw: quote(raw) }) };
    },
    format: (value) => (value ? '1' : '0'),
  };
}

export function enumField<const T extends string>(opts: {
  default: T;
  values: readonly T[];
  always?: boolean;
}): Field<T> {
  return {
    default: opts.default,
    always: opts.always,
    describe: opts.values.join(' | '),
    maxLength: NUMBER_CHARS,
    parse: (raw) => {
      const text = raw.trim().toLowerCase();
      const found = opts.values.find((v) => v.toLowerCase() === text);
      return found
        ? { ok: true, value: found }
        : {
            ok: false,
            reason: urlMsg('notOneOf', { raw: quote(raw), values: opts.values.join(', ') }),
          };
    },
    format: (value) => value,
  };
}

/** A (height, width) pair of integers: `5` for both axes or `6,4` per axis. */
export type AxisPair = [number, number];

export function axisPairField(opts: {
  default: AxisPair;
  min: number;
  max: number;
  always?: boolean;
}): Field<AxisPair> {
  return {
    default: opts.default,
    always: opts.always,
    describe: `integer ${opts.min}–${opts.max}, one value or h,w`,
    maxLength: 2 * NUMBER_CHARS + 1,
    parse: (raw) => {
      const parts = raw.split(',');
      if (parts.length > 2) return { ok: false, reason: urlMsg('twoValues', { raw: quote(raw) }) };
      const read = parts.map((part) => parseInteger(part, opts.min, opts.max));
      const failed = read.find((r) => !r.ok);
      if (failed && !failed.ok) return failed;
      const values = read.map((r) => (r.ok ? r.value : 0));
      const note = joinNotes(read.flatMap((r) => (r.ok && r.note ? [r.note] : [])));
      const value: AxisPair = [values[0], values[values.length - 1]];
      return note ? { ok: true, value, note } : { ok: true, value };
    },
    format: ([h, w]) => (h === w ? String(h) : `${h},${w}`),
  };
}

/**
 * An axis pair that may be left out: `none` (the default, not written) or as
 * {@link axisPairField}, e.g. Keras' `output_padding=None`.
 */
export function optionalAxisPairField(opts: { min: number; max: number }): Field<AxisPair | null> {
  const pair = axisPairField({ default: [opts.min, opts.min], ...opts });
  return {
    default: null,
    describe: `none, or ${pair.describe}`,
    maxLength: pair.maxLength,
    parse: (raw) =>
      raw.trim().toLowerCase() === 'none' ? { ok: true, value: null } : pair.parse(raw),
    format: (value) => (value === null ? 'none' : pair.format(value)),
  };
}

/** A list of words from a fixed set, e.g. `show=sl1,l1,huber`. */
export function wordListField<const T extends string>(opts: {
  default: readonly T[];
  values: readonly T[];
}): Field<T[]> {
  return {
    default: opts.default.slice(),
    describe: `comma list of ${opts.values.join(', ')}`,
    // Every word twice over, with its comma.
    maxLength: 2 * opts.values.reduce((sum, v) => sum + v.length + 1, 0),
    parse: (raw) => {
      const words = raw
        .split(',')
        .map((w) => w.trim().toLowerCase())
        .filter(Boolean);
      const known = opts.values.filter((v) => words.includes(v.toLowerCase()));
      const unknown = words.filter((w) => !opts.values.some((v) => v.toLowerCase() === w));
      return unknown.length
        ? {
            ok: true,
            value: known,
            note: urlMsg('ignored', { values: [...new Set(unknown)].map(quote).join(', ') }),
          }
        : { ok: true, value: known };
    },
    format: (value) => value.join(','),
  };
}

/** Explicit zero padding per axis as [before, after], or one of PyTorch's / the paper's words. */
export type PaddingParam =
  | { mode: 'explicit'; h: [number, number]; w: [number, number] }
  | { mode: 'valid' | 'same' | 'full' };

const PADDING_WORDS = ['valid', 'same', 'full'] as const;

function formatSides([before, after]: [number, number]): string {
  return before === after ? String(before) : `${before}:${after}`;
}

/**
 * Convolution padding: `1` (all sides), `1,2` (per axis), `0:1,1:1` (per axis before:after),
 * or the words `valid`, `same` (PyTorch's) and `full` (d(k − 1) on each side).
 */
export function paddingField(opts: { default: PaddingParam; max: number }): Field<PaddingParam> {
  return {
    default: opts.default,
    always: true,
    describe: `integer 0–${opts.max} per side: p, h,w or before:after per axis; or valid | same | full`,
    maxLength: 4 * NUMBER_CHARS + 3,
    parse: (raw) => {
      const text = raw.trim().toLowerCase();
      const word = PADDING_WORDS.find((w) => w === text);
      if (word) return { ok: true, value: { mode: word } };
      const axes = text.split(',');
      if (axes.length > 2) return { ok: false, reason: urlMsg('twoAxes', { raw: quote(raw) }) };
      const sides: [number, number][] = [];
      const notes: Msg[] = [];
      for (const axis of axes) {
        const parts = axis.split(':');
        if (parts.length > 2)
          return { ok: false, reason: urlMsg('beforeAfter', { raw: quote(axis) }) };
        const read = parts.map((part) => parseInteger(part, 0, opts.max));
        for (const r of read) {
          if (!r.ok) return { ok: false, reason: urlMsg('norWords', { reason: r.reason }) };
          if (r.note) notes.push(r.note);
        }
        const values = read.map((r) => (r.ok ? r.value : 0));
        sides.push([values[0], values[values.length - 1]]);
      }
      const value: PaddingParam = { mode: 'explicit', h: sides[0], w: sides[sides.length - 1] };
      const note = joinNotes(notes);
      return note ? { ok: true, value, note } : { ok: true, value };
    },
    format: (value) => {
      if (value.mode !== 'explicit') return value.mode;
      const h = formatSides(value.h);
      const w = formatSides(value.w);
      return h === w ? h : `${h},${w}`;
    },
  };
}

/**
 * An operand's shape: `4,1,3` (a Python tuple's brackets and trailing comma are accepted:
 * `(5,)`), an empty value for a 0-d scalar, and `none` for "no such operand". A required
 * operand refuses `none`. Sizes are whole numbers from 0 to `maxSize`, at most `maxRank` axes.
 */
export function shapeField(opts: {
  default: number[] | null;
  required?: boolean;
  maxRank: number;
  maxSize: number;
  always?: boolean;
}): Field<number[] | null> {
  return {
    default: opts.default,
    always: opts.always,
    describe: `comma list of 0–${opts.maxSize}, up to ${opts.maxRank} sizes; empty for a 0-d scalar${opts.required ? '' : '; none for no operand'}`,
    maxLength: shapeMaxLength(opts.maxRank),
    parse: (raw) => parseShape(raw, opts),
    format: (value) => (value === null ? 'none' : value.join(',')),
  };
}

/** The longest shape text read: brackets, and each size with a comma and spaces around it. */
function shapeMaxLength(maxRank: number): number {
  return 2 + maxRank * (NUMBER_CHARS + 3);
}

/** Reads a shape as `shapeField` describes it; shared with the view's text boxes. */
export function parseShape(
  raw: string,
  opts: { required?: boolean; maxRank: number; maxSize: number },
): ParseResult<number[] | null> {
  if (raw.length > shapeMaxLength(opts.maxRank)) {
    return { ok: false, reason: urlMsg('shapeTooLong', { raw: quote(raw), max: opts.maxRank }) };
  }
  const text = raw
    .trim()
    .replace(/^\((.*)\)$/, '$1')
    .trim();
  if (text.toLowerCase() === 'none') {
    return opts.required ? { ok: false, reason: urlMsg('required') } : { ok: true, value: null };
  }
  if (text === '') return { ok: true, value: [] };
  const parts = text.replace(/,\s*$/, '').split(',');
  if (parts.length > opts.maxRank) {
    return {
      ok: false,
      reason: urlMsg('tooManySizes', { raw: quote(raw), count: parts.length, max: opts.maxRank }),
    };
  }
  const sizes: number[] = [];
  for (const part of parts) {
    const size = part.trim();
    if (/^-\d+$/.test(size)) {
      return {
        ok: false,
        reason: urlMsg('negative', { raw: quote(raw), size: excerpt(size) }),
      };
    }
    if (!/^\d+$/.test(size)) {
      return {
        ok: false,
        reason: urlMsg('sizeNotWhole', { size: quote(size), raw: quote(raw) }),
      };
    }
    if (Number(size) > opts.maxSize) {
      return {
        ok: false,
        reason: urlMsg('sizeAbove', { size: excerpt(size), raw: quote(raw), max: opts.maxSize }),
      };
    }
    sizes.push(Number(size));
  }
  return { ok: true, value: sizes };
}

/** Free text such as a condition, up to `maxLength` characters. */
export function textField(opts: { default: string; maxLength: number }): Field<string> {
  return {
    default: opts.default,
    describe: `text, up to ${opts.maxLength} characters`,
    maxLength: opts.maxLength,
    parse: (raw) =>
      raw.length > opts.maxLength
        ? { ok: false, reason: urlMsg('textTooLong', { max: opts.maxLength }) }
        : { ok: true, value: raw },
    format: (value) => value,
  };
}

/**
 * A small matrix of numbers, rows separated by `;` and values by `,` (`0.5,-1;2,0`), or `none`
 * for "draw one from the seed". Values keep their Python literal kind: any value written with a
 * decimal point makes the matrix float, as `np.array` would. Canonical cells: `2`, `-0.5`, `1.0`.
 */
export function matrixField(opts: {
  maxRows: number;
  maxCols: number;
  maxAbs: number;
}): Field<string[][] | null> {
  return {
    default: null,
    describe: `rows split by ; and values by , (at most ${opts.maxRows} × ${opts.maxCols}, numbers from −${opts.maxAbs} to ${opts.maxAbs} with at most one decimal), or none for seeded values`,
    // Each cell as long as a number may be, with its separator.
    maxLength: opts.maxRows * opts.maxCols * (NUMBER_CHARS + 1),
    parse: (raw) => {
      const text = raw.trim();
      if (text.toLowerCase() === 'none' || text === '') return { ok: true, value: null };
      const result = parseMatrix(text, opts);
      return Array.isArray(result) ? { ok: true, value: result } : { ok: false, reason: result };
    },
    format: (value) => (value === null ? 'none' : value.map((row) => row.join(',')).join(';')),
  };
}

const CELL = /^[+-]?(\d+(\.\d?)?|\.\d)$/;

/** Canonical text of one matrix value, or an explanation of why it is refused. */
export function parseMatrixCell(raw: string, maxAbs: number): { text: string } | { error: Msg } {
  const text = raw.trim();
  if (!CELL.test(text)) return { error: urlMsg('cellNotNumber', { raw: quote(raw) }) };
  const value = Number(text);
  if (Math.abs(value) > maxAbs) return { error: urlMsg('cellOutside', { raw: text, max: maxAbs }) };
  const isFloat = text.includes('.');
  const plain = Object.is(value, -0) ? 0 : value;
  return { text: isFloat && Number.isInteger(plain) ? `${plain}.0` : String(plain) };
}

function parseMatrix(
  text: string,
  opts: { maxRows: number; maxCols: number; maxAbs: number },
): string[][] | Msg {
  const rows = text.split(';').map((row) => row.split(','));
  if (rows.length > opts.maxRows) return urlMsg('rows', { max: opts.maxRows });
  if (rows.some((row) => row.length !== rows[0].length)) return urlMsg('rowLengths');
  if (rows[0].length > opts.maxCols) return urlMsg('cols', { max: opts.maxCols });
  const out: string[][] = [];
  for (const row of rows) {
    const cells: string[] = [];
    for (const cell of row) {
      const read = parseMatrixCell(cell, opts.maxAbs);
      if ('error' in read) return read.error;
      cells.push(read.text);
    }
    out.push(cells);
  }
  return out;
}

const FRACTION =
  /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*\/\s*((?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)$/i;

/** The longest real text read: a fraction of two numbers with spaces around the slash. */
const REAL_CHARS = 2 * NUMBER_CHARS + 3;

/**
 * Reads a real number as people type it: `0.5`, `-2`, `1e-3`, or a fraction `1/9` (spaces
 * around the slash allowed); NaN for anything else. The URL and the lab's number boxes both
 * read with it, so a value typed in a box and the same text in a link mean the same number.
 *
 * @example readReal('1 / 9') // 0.111…
 */
export function readReal(raw: string): number {
  const text = raw.trim();
  if (text.length > REAL_CHARS) return Number.NaN;
  const fraction = FRACTION.exec(text);
  if (fraction) return Number(fraction[1]) / Number(fraction[2]);
  return NUMBER.test(text) ? Number(text) : Number.NaN;
}

/** Options of a real-valued parameter such as β or δ. */
interface RealOptions {
  min: number;
  max: number;
  /** What a valid value is, said when the text is not a number ("beta must be a number ≥ 0"). */
  requirement: Msg;
  /** Why a library refuses a value (in its words), or null; refused values are not clamped. */
  refuse?: (value: number) => string | null;
  /** Write reciprocals of whole numbers as `1/9` (read `a/b` always), so `beta=1/9` stays exact. */
  fractions?: boolean;
}

/** Reads `0.5`, `1e-3` or `1/9`; refuses what `refuse` refuses, then clamps into [min, max]. */
export function parseReal(raw: string, opts: RealOptions): ParseResult<number> {
  const value = readReal(raw);
  if (!Number.isFinite(value)) {
    return {
      ok: false,
      reason: urlMsg('notNumberBecause', { raw: quote(raw), requirement: opts.requirement }),
    };
  }
  const refused = opts.refuse?.(value);
  if (refused) return { ok: false, reason: urlMsg('library', { english: refused }) };
  return clampReal(raw, canonicalReal(value, opts.fractions), opts);
}

/** The value its own text reads back as, so that decode ∘ encode changes nothing. */
function canonicalReal(value: number, fractions = false): number {
  const text = formatReal(value, fractions);
  return text.startsWith('1/') ? value : Number(text);
}

function clampReal(raw: string, value: number, opts: RealOptions): ParseResult<number> {
  if (value < opts.min) return { ok: true, value: opts.min, note: below(raw, opts.min) };
  if (value > opts.max) return { ok: true, value: opts.max, note: above(raw, opts.max) };
  return { ok: true, value };
}

/**
 * A number as short text; with `fractions`, an exact reciprocal of a whole number 2–1000 whose
 * decimal does not end within 6 digits as `1/k` (so 1/9 survives a round trip exactly and reads
 * as people write it, while 1/2 stays 0.5).
 *
 * @example formatReal(1 / 9, true) // '1/9'
 */
export function formatReal(value: number, fractions = false): string {
  if (fractions && value > 0 && value < 1 && Number(value.toPrecision(6)) !== value) {
    const k = Math.round(1 / value);
    if (k >= 2 && k <= 1000 && 1 / k === value) return `1/${k}`;
  }
  return formatNumber(value);
}

function describeReal(opts: RealOptions): string {
  return `number ${opts.min}–${opts.max}${opts.fractions ? ' or a fraction such as 1/9' : ''}`;
}

/** A real-valued parameter with a default (β, δ, the probe x). */
export function realField(opts: RealOptions & { default: number }): Field<number> {
  return {
    default: opts.default,
    describe: describeReal(opts),
    maxLength: REAL_CHARS,
    parse: (raw) => parseReal(raw, opts),
    format: (value) => formatReal(value, opts.fractions),
  };
}

/** A real-valued parameter that may be absent (null), e.g. σ, which overrides β when given. */
export function optionalRealField(opts: RealOptions): Field<number | null> {
  return {
    default: null,
    describe: `${describeReal(opts)}, or absent`,
    maxLength: REAL_CHARS,
    parse: (raw) => (raw.trim() === '' ? { ok: true, value: null } : parseReal(raw, opts)),
    format: (value) => (value === null ? '' : formatReal(value, opts.fractions)),
  };
}

/** A set of whole numbers in [min, max], written sorted: `pos=1,2`. Empty is allowed. */
export function indexListField(opts: {
  default: readonly number[];
  min: number;
  max: number;
}): Field<number[]> {
  return {
    default: opts.default.slice(),
    describe: `comma list of whole numbers ${opts.min}–${opts.max}`,
    // Every index twice over, with its comma.
    maxLength: 2 * (opts.max - opts.min + 1) * (String(opts.max).length + 1),
    parse: (raw) => {
      const parts = raw
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean);
      const kept = new Set<number>();
      const ignored: string[] = [];
      for (const part of parts) {
        const value = Number(part);
        if (INT.test(part) && value >= opts.min && value <= opts.max) kept.add(value);
        else ignored.push(quote(part));
      }
      const value = [...kept].sort((a, b) => a - b);
      return ignored.length
        ? {
            ok: true,
            value,
            note: urlMsg('ignoredIndices', {
              values: [...new Set(ignored)].join(', '),
              min: opts.min,
              max: opts.max,
            }),
          }
        : { ok: true, value };
    },
    format: (value) => value.join(','),
  };
}

/** Edited cells of a table of numbers, keyed `${row}${column}` (rows counted from 1). */
export type TableEdits = Record<string, number>;

/**
 * The cells of a table that differ from its built-in values, e.g. `pred=1dx:0.5,2dh:-0.25`
 * (row 1 column dx is 0.5, row 2 column dh is −0.25). Short links for small edits.
 */
export function tableEditsField(opts: {
  rows: number;
  columns: readonly string[];
  min: number;
  max: number;
}): Field<TableEdits> {
  const cell = new RegExp(`^(\\d+)(${opts.columns.join('|')}):(.*)$`, 'i');
  const order = (key: string) => {
    const [, row, column] = cell.exec(`${key}:`) ?? [];
    return Number(row) * opts.columns.length + opts.columns.indexOf(column);
  };
  return {
    default: {},
    describe: `comma list of row+column:number, rows 1–${opts.rows}, columns ${opts.columns.join(', ')}, numbers ${opts.min}–${opts.max}`,
    // Every cell once, its name, a number and the separators.
    maxLength: opts.rows * opts.columns.length * (NUMBER_CHARS + 8),
    parse: (raw) => {
      const value: TableEdits = {};
      const notes: Msg[] = [];
      for (const item of raw.split(',').map((part) => part.trim())) {
        if (!item) continue;
        const match = cell.exec(item);
        const row = match ? Number(match[1]) : 0;
        if (!match || row < 1 || row > opts.rows) {
          notes.push(urlMsg('ignored', { values: quote(item) }));
          continue;
        }
        const read = parseDecimal(match[3], opts.min, opts.max);
        if (!read.ok) {
          notes.push(urlMsg('ignoredBecause', { raw: quote(item), reason: read.reason }));
          continue;
        }
        if (read.note) notes.push(read.note);
        value[`${row}${match[2].toLowerCase()}`] = canonicalReal(read.value);
      }
      const note = joinNotes(notes);
      return note ? { ok: true, value, note } : { ok: true, value };
    },
    format: (value) =>
      Object.keys(value)
        .sort((a, b) => order(a) - order(b))
        .map((key) => `${key}:${formatNumber(value[key])}`)
        .join(','),
  };
}
