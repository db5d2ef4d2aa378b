/**
 * The layer text of the stack explorer's URL key `L`: `c7s2p3x64,m3s2p1,c3p1`. One token per
 * layer, comma-separated; shared by the view, its URL field and practice exercises.
 *
 * Grammar of a token (case and spaces ignored):
 * - an op letter: `c` Conv2d, `t` ConvTranspose2d, `m` MaxPool2d, `a` AvgPool2d;
 * - the kernel size, a number or `HxW`;
 * - optional fields in any order, each a number or `HxW`: `s` stride, `p` padding (also
 *   `psame`, `pvalid`), `d` dilation, `o` output padding, `g` groups (one number), `x` output
 *   channels (one number); flags `ceil` (ceil_mode) and `nopad` (count_include_pad=False).
 *
 * Which fields a layer takes follows its PyTorch module: `o` only for `t`; `g`, `x` and `psame`
 * only for convolutions (`psame` only for `c`); `d` not for `a`; `ceil` only for pools; `nopad`
 * only for `a`. A pool's stride defaults to its kernel, as in PyTorch; explicit defaults
 * (`c3s1p0d1`) are read and left out again by {@link formatLayers}.
 *
 * One reading rule settles `x`: in a convolution's token, an `x` and number that end the token
 * are the output channels, so `c3x64` is a 3 × 3 convolution with 64 channels and `c3p1x64` pads
 * 1 (as in the example); anywhere else `AxB` is a pair. A non-square last field without
 * channels is therefore followed by another field; {@link formatLayers} writes `g1` there
 * (`c1x7g1`).
 */
import { STACK_LIMITS } from './limits';
import type { Msg, MsgValue } from './message';
import { LAYER_MODULES, type LayerKind } from './layerKind';
import type { Layer } from './stack';

/** A value per spatial axis: [height, width]. */
export type Pair = [number, number];

/** One layer as the text describes it, every field resolved (defaults filled in). */
export interface LayerToken {
  op: LayerKind;
  kernel: Pair;
  /** Convolutions: 1 by default; pools: the kernel by default. */
  stride: Pair;
  /** `'same'` only for a convolution (`psame`); `pvalid` reads as [0, 0]. */
  padding: Pair | 'same';
  /** [1, 1] by default; always [1, 1] for average pooling. */
  dilation: Pair;
  /** Transposed convolutions only; [0, 0] otherwise. */
  outputPadding: Pair;
  /** Convolutions only; 1 otherwise. */
  groups: number;
  /** Output channels of a convolution (`x`), or null when not given (and for pools). */
  outChannels: number | null;
  /** Pools only. */
  ceilMode: boolean;
  /** Average pooling only (false with `nopad`); true otherwise. */
  countIncludePad: boolean;
}

/** A token that could not be read. */
export interface LayerTextProblem {
  /** The token as written (trimmed, cut at 40 characters). */
  token: string;
  /** Its 0-based position in the comma-separated list; −1 for the text as a whole. */
  index: number;
  /** What was expected and what was found. */
  reason: string;
  /** The same as a message of the stack catalogue (the token's text and letters as code). */
  msg: Msg;
}

/** What {@link parseLayers} read. */
export interface ParsedLayers {
  layers: LayerToken[];
  problems: LayerTextProblem[];
}

/** Longer text is refused before it is read. */
export const LAYER_TEXT_MAX_LENGTH = 1024;

const OPS: Record<string, LayerKind> = {
  c: 'conv',
  t: 'convTranspose',
  m: 'maxPool',
  a: 'avgPool',
};
const LETTERS: Record<LayerKind, string> = {
  conv: 'c',
  convTranspose: 't',
  maxPool: 'm',
  avgPool: 'a',
};

type Field = 's' | 'p' | 'd' | 'o' | 'g' | 'x';
type Flag = 'ceil' | 'nopad';

const FIELD_NAMES: Record<Field, string> = {
  s: 'stride',
  p: 'padding',
  d: 'dilation',
  o: 'output padding',
  g: 'groups',
  x: 'output channels',
};

/** Fields and flags each op takes, in the order {@link formatLayers} writes them. */
const ALLOWED: Record<LayerKind, readonly (Field | Flag)[]> = {
  conv: ['s', 'p', 'd', 'g', 'x'],
  convTranspose: ['s', 'p', 'd', 'o', 'g', 'x'],
  maxPool: ['s', 'p', 'd', 'ceil'],
  avgPool: ['s', 'p', 'ceil', 'nopad'],
};

const RANGES: Record<Field | 'k', { min: number; max: number }> = {
  k: STACK_LIMITS.kernel,
  s: STACK_LIMITS.stride,
  p: STACK_LIMITS.padding,
  d: STACK_LIMITS.dilation,
  o: STACK_LIMITS.outputPadding,
  g: STACK_LIMITS.groups,
  x: STACK_LIMITS.channels,
};

/** A message of the stack catalogue about the layer text; `id` without `stack.text.`. */
const textMsg = (id: string, values?: Record<string, MsgValue>): Msg =>
  values ? { id: `stack.text.${id}`, values } : { id: `stack.text.${id}` };

/** What a field, the kernel or a flag is called, as a message ("stride"). */
const nameMsg = (field: Field | Flag | 'k'): Msg => textMsg(`name.${field}`);

/** Thrown inside the reader of one token; becomes that token's problem. */
class Unreadable extends Error {
  constructor(
    message: string,
    readonly msg: Msg,
  ) {
    super(message);
  }
}

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/** Reads one token left to right in one pass (a look-ahead rereads at most one number). */
class TokenReader {
  private pos = 0;

  constructor(
    private readonly text: string,
    private readonly channelsAtEnd: boolean,
  ) {}

  get done(): boolean {
    return this.pos >= this.text.length;
  }

  peek(): string {
    return this.text[this.pos];
  }

  take(word: string): boolean {
    if (!this.text.startsWith(word, this.pos)) return false;
    this.pos += word.length;
    return true;
  }

  /** A run of digits, refused above 6 of them (no limit is that large). */
  number(field: Field | 'k'): number {
    const what = fieldName(field);
    const start = this.pos;
    while (isDigit(this.text[this.pos])) this.pos++;
    if (this.pos === start) {
      const found = this.done ? 'the end of the token' : `'${this.peek()}'`;
      throw new Unreadable(
        `expected a number for the ${what}, found ${found}`,
        this.done
          ? textMsg('numberEnd', { what: nameMsg(field) })
          : textMsg('number', { what: nameMsg(field), found: this.peek() }),
      );
    }
    const digits = this.text.slice(start, this.pos);
    if (this.pos - start > 6) {
      throw new Unreadable(
        `the ${what} ${digits} is far too large`,
        textMsg('tooLarge', { what: nameMsg(field), value: digits }),
      );
    }
    return Number(digits);
  }

  /** A number or `HxW`, each within `range`. */
  pair(field: Field | 'k', range: { min: number; max: number }): Pair {
    const first = this.inRange(this.number(field), field, range);
    if (this.text[this.pos] !== 'x' || !isDigit(this.text[this.pos + 1])) return [first, first];
    let end = this.pos + 1;
    while (isDigit(this.text[end])) end++;
    // A convolution's closing `x<number>` is its output channels, not a width.
    if (this.channelsAtEnd && end === this.text.length) return [first, first];
    this.pos++;
    return [first, this.inRange(this.number(field), field, range, this.channelsAtEnd)];
  }

  private inRange(
    value: number,
    field: Field | 'k',
    range: { min: number; max: number },
    channelsHint = false,
  ): number {
    const what = fieldName(field);
    if (value < range.min) {
      throw new Unreadable(
        `the ${what} ${value} is below the minimum ${range.min}`,
        textMsg('belowMin', { what: nameMsg(field), value, min: range.min }),
      );
    }
    if (value > range.max) {
      const hint = channelsHint ? ' (output channels, x, go last in the token)' : '';
      throw new Unreadable(
        `the ${what} ${value} is above the maximum ${range.max}${hint}`,
        textMsg(channelsHint ? 'aboveMaxChannels' : 'aboveMax', {
          what: nameMsg(field),
          value,
          max: range.max,
        }),
      );
    }
    return value;
  }
}

/** "stride", "kernel size": a field's English name. */
const fieldName = (field: Field | 'k') => (field === 'k' ? 'kernel size' : FIELD_NAMES[field]);

/** The letters and flags an op takes, as code: "s, p, d, g, x". */
const lettersAfter = (kind: LayerKind) => ALLOWED[kind].join(', ');

function expectedAfter(kind: LayerKind): string {
  const allowed = ALLOWED[kind];
  const fields = allowed
    .filter((f) => f.length === 1)
    .map((f) => `${f} (${FIELD_NAMES[f as Field]})`);
  const flags = allowed.filter((f) => f.length > 1);
  return [...fields, ...flags].join(', ');
}

function readToken(text: string): LayerToken {
  const kind = OPS[text[0]];
  if (!kind) {
    const found = text[0] === undefined ? 'nothing' : `'${text[0]}'`;
    throw new Unreadable(
      `expected an op letter: c (Conv2d), t (ConvTranspose2d), m (MaxPool2d) or a (AvgPool2d), found ${found}`,
      text[0] === undefined ? textMsg('opNone') : textMsg('op', { found: text[0] }),
    );
  }
  const isConv = kind === 'conv' || kind === 'convTranspose';
  const reader = new TokenReader(text.slice(1), isConv);
  if (reader.done) {
    throw new Unreadable(
      `expected a kernel size (a number or HxW) after '${text[0]}'`,
      textMsg('kernelAfter', { op: text[0] }),
    );
  }
  const kernel = reader.pair('k', RANGES.k);
  const pool = !isConv;
  const token: LayerToken = {
    op: kind,
    kernel,
    stride: pool ? kernel : [1, 1],
    padding: [0, 0],
    dilation: [1, 1],
    outputPadding: [0, 0],
    groups: 1,
    outChannels: null,
    ceilMode: false,
    countIncludePad: true,
  };
  const seen = new Set<string>();
  const once = (field: Field | Flag) => {
    const name = field.length > 1 ? `${field} flag` : FIELD_NAMES[field as Field];
    if (seen.has(name)) {
      throw new Unreadable(
        `the ${name} is given twice`,
        textMsg('twice', { what: nameMsg(field) }),
      );
    }
    seen.add(name);
  };
  const refuse = (what: string, which: Field | Flag | 'psame'): never => {
    throw new Unreadable(
      `${LAYER_MODULES[kind]} takes no ${what}; it takes ${expectedAfter(kind)}`,
      textMsg('takesNo', {
        module: LAYER_MODULES[kind],
        what: textMsg(`takes.${which}`),
        letters: lettersAfter(kind),
      }),
    );
  };
  while (!reader.done) {
    if (reader.take('ceil')) {
      if (!pool) refuse('ceil_mode (ceil)', 'ceil');
      once('ceil');
      token.ceilMode = true;
      continue;
    }
    if (reader.take('nopad')) {
      if (kind !== 'avgPool') refuse('count_include_pad (nopad)', 'nopad');
      once('nopad');
      token.countIncludePad = false;
      continue;
    }
    const letter = reader.peek();
    if (!(letter in FIELD_NAMES)) {
      throw new Unreadable(
        `expected one of ${expectedAfter(kind)} after the kernel size, found '${letter}'`,
        textMsg('field', { letters: lettersAfter(kind), found: letter }),
      );
    }
    const field = letter as Field;
    const name = FIELD_NAMES[field];
    if (!ALLOWED[kind].includes(field)) refuse(`${name} (${field})`, field);
    once(field);
    reader.take(field);
    if (field === 'p' && reader.take('same')) {
      if (kind !== 'conv') refuse("padding='same' (psame)", 'psame');
      token.padding = 'same';
    } else if (field === 'p' && reader.take('valid')) {
      token.padding = [0, 0];
    } else if (field === 'g' || field === 'x') {
      const value = reader.pair(field, RANGES[field]);
      if (value[0] !== value[1]) {
        throw new Unreadable(
          `the ${name} is one number, not HxW`,
          textMsg('oneNumber', { what: nameMsg(field) }),
        );
      }
      if (field === 'g') token.groups = value[0];
      else token.outChannels = value[0];
    } else {
      const value = reader.pair(field, RANGES[field]);
      if (field === 's') token.stride = value;
      else if (field === 'p') token.padding = value;
      else if (field === 'd') token.dilation = value;
      else token.outputPadding = value;
    }
  }
  return token;
}

/**
 * Reads the layer text of the URL key `L` (grammar in this module's header). Linear in the text
 * and bounded: text over {@link LAYER_TEXT_MAX_LENGTH} characters is refused unread, and only the
 * first `STACK_LIMITS.layers.max` (24) tokens are read. Never throws: each unreadable token is
 * reported with its position and what was expected, and left out of `layers`; empty tokens (a
 * trailing comma) are skipped. Whether PyTorch accepts the layers is not checked here
 * (see `traceStack`).
 *
 * @example parseLayers('c7s2p3x64,m3s2p1').layers[1] // { op: 'maxPool', kernel: [3, 3], stride: [2, 2], padding: [1, 1], … }
 * @example parseLayers('c3,q2').problems // [{ token: 'q2', index: 1, reason: 'expected an op letter: c (Conv2d), … found \'q\'' }]
 */
export function parseLayers(text: string): ParsedLayers {
  const source = typeof text === 'string' ? text : '';
  if (source.length > LAYER_TEXT_MAX_LENGTH) {
    return {
      layers: [],
      problems: [
        {
          token: `${source.slice(0, 40)}…`,
          index: -1,
          reason: `the layer text is ${source.length} characters long; at most ${LAYER_TEXT_MAX_LENGTH} are read`,
          msg: textMsg('tooLong', { length: source.length, max: LAYER_TEXT_MAX_LENGTH }),
        },
      ],
    };
  }
  const layers: LayerToken[] = [];
  const problems: LayerTextProblem[] = [];
  const max = STACK_LIMITS.layers.max;
  let index = 0;
  for (const raw of source.split(',')) {
    const text = raw.replace(/\s+/g, '').toLowerCase();
    if (text === '') continue;
    if (index === max) {
      problems.push({
        token: raw.trim().slice(0, 40),
        index,
        reason: `a stack has at most ${max} layers; layer ${max + 1} and those after it are left out`,
        msg: textMsg('tooMany', { max, next: max + 1 }),
      });
      break;
    }
    try {
      layers.push(readToken(text));
    } catch (error) {
      if (!(error instanceof Unreadable)) throw error;
      problems.push({
        token: raw.trim().slice(0, 40),
        index,
        reason: error.message,
        msg: error.msg,
      });
    }
    index++;
  }
  return { layers, problems };
}

const same = (pair: Pair, value: number) => pair[0] === value && pair[1] === value;
const pairText = (pair: Pair) => (pair[0] === pair[1] ? `${pair[0]}` : `${pair[0]}x${pair[1]}`);

/** One token in canonical form: defaults left out, fields in a fixed order, channels last. */
function formatToken(token: LayerToken): string {
  const parts: string[] = [`${LETTERS[token.op]}${pairText(token.kernel)}`];
  const pool = token.op === 'maxPool' || token.op === 'avgPool';
  const strideDefault = pool
    ? token.stride[0] === token.kernel[0] && token.stride[1] === token.kernel[1]
    : same(token.stride, 1);
  if (!strideDefault) parts.push(`s${pairText(token.stride)}`);
  if (token.padding === 'same') parts.push('psame');
  else if (!same(token.padding, 0)) parts.push(`p${pairText(token.padding)}`);
  if (!same(token.dilation, 1)) parts.push(`d${pairText(token.dilation)}`);
  if (!same(token.outputPadding, 0)) parts.push(`o${pairText(token.outputPadding)}`);
  if (token.ceilMode) parts.push('ceil');
  if (!token.countIncludePad) parts.push('nopad');
  const pairLast = parts[parts.length - 1].includes('x');
  if (token.groups !== 1 || (!pool && token.outChannels === null && pairLast)) {
    parts.push(`g${token.groups}`);
  }
  if (token.outChannels !== null) parts.push(`x${token.outChannels}`);
  return parts.join('');
}

/**
 * The canonical text of a stack for the URL key `L`: per layer the op letter and kernel, then
 * the fields that differ from PyTorch's defaults in the order s, p, d, o, ceil, nopad, g, x.
 * `parseLayers(formatLayers(tokens)).layers` equals `tokens` for every token `parseLayers` can
 * produce, and `formatLayers(parseLayers(text).layers)` is the normal form of `text`.
 *
 * @example formatLayers(parseLayers('C3 S1 P0 D1, m2s2').layers) // 'c3,m2'
 */
export function formatLayers(tokens: readonly LayerToken[]): string {
  return tokens.map(formatToken).join(',');
}

/**
 * The engine's {@link Layer} for a token (channels and groups aside, which shapes ignore).
 *
 * @example tokenLayer(parseLayers('m3s2p1').layers[0]) // { op: 'pool', spec: { mode: 'max', kernel: [3, 3], stride: [2, 2], padding: [1, 1], dilation: [1, 1], ceilMode: false } }
 */
export function tokenLayer(token: LayerToken): Layer {
  const { kernel, stride, dilation } = token;
  if (token.op === 'conv') {
    return {
      op: 'conv',
      spec: { kernel, stride, dilation, padding: token.padding, groups: token.groups },
    };
  }
  const padding = token.padding === 'same' ? [0, 0] : token.padding;
  if (token.op === 'convTranspose') {
    return {
      op: 'convTranspose',
      spec: {
        kernel,
        stride,
        dilation,
        padding,
        outputPadding: token.outputPadding,
        groups: token.groups,
      },
    };
  }
  if (token.op === 'maxPool') {
    return {
      op: 'pool',
      spec: { mode: 'max', kernel, stride, padding, dilation, ceilMode: token.ceilMode },
    };
  }
  return {
    op: 'pool',
    spec: {
      mode: 'avg',
      kernel,
      stride,
      padding,
      ceilMode: token.ceilMode,
      countIncludePad: token.countIncludePad,
    },
  };
}

/**
 * A new layer of the given kind with the settings a practitioner reaches for first: a 3 × 3
 * convolution that keeps the size (p = 1, the paper's half padding, Relationship 3), a 2 × 2
 * transposed convolution of stride 2 that doubles it (Relationship 12), 2 × 2 pools that halve it.
 *
 * @example formatLayers([newLayerToken('conv')]) // 'c3p1'
 */
export function newLayerToken(kind: LayerKind): LayerToken {
  const text = { conv: 'c3p1', convTranspose: 't2s2', maxPool: 'm2', avgPool: 'a2' }[kind];
  return parseLayers(text).layers[0];
}
