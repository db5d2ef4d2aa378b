/**
 * URL ⇄ parameters, driven only by the table in `schema.ts`.
 * `decode` never throws: unknown keys are ignored, unreadable values fall back to the default
 * and out-of-range ones are clamped, each with a sentence for the notice.
 */
import type { Msg } from '../../engine';
import { readLang, type Lang } from '../i18n/lang';
import { urlMsg, type Field } from './fields';
import { quote } from './quote';
import {
  DEFAULT_VIEW,
  SCHEMA,
  VIEW_IDS,
  type AllParams,
  type ViewId,
  type ViewParams,
} from './schema';

export interface Decoded {
  view: ViewId;
  params: ViewParams<ViewId>;
  /** `embed=1`: the figure alone, for an iframe. */
  embed: boolean;
  /** The interface language the link names (`lang=en|zh`), or null: the browser's decides. */
  lang: Lang | null;
  /** One sentence per corrected key, for the notice, as a message of the common catalogue. */
  corrections: Msg[];
}

type AnyFields = Record<string, Field<unknown>>;

function fieldsOf(view: ViewId): AnyFields {
  return SCHEMA[view] as AnyFields;
}

/**
 * Whether a key of a view is an animation step, whose changes replace the history entry.
 *
 * @example isTransientKey('conv', 't') // true
 */
export function isTransientKey(view: ViewId, key: string): boolean {
  return fieldsOf(view)[key]?.transient === true;
}

/** Each view's defaults gathered once, copied whole by {@link defaultParams}. */
const defaultsOf = new Map<ViewId, Record<string, unknown>>();

/** A fresh copy of a view's defaults (one clone of them all: a clone per field costs more). */
export function defaultParams<V extends ViewId>(view: V): ViewParams<V> {
  let defaults = defaultsOf.get(view);
  if (!defaults) {
    defaults = {};
    for (const [key, field] of Object.entries(fieldsOf(view))) defaults[key] = field.default;
    defaultsOf.set(view, defaults);
  }
  return structuredClone(defaults) as ViewParams<V>;
}

/** Every view at its defaults. */
export function allDefaults(): AllParams {
  return Object.fromEntries(VIEW_IDS.map((view) => [view, defaultParams(view)])) as AllParams;
}

/**
 * The first value of a key, saying so when the link repeats it (`?k=3&k=5` reads 3), or null
 * when the key is absent.
 */
function firstValue(query: URLSearchParams, key: string, corrections: Msg[]): string | null {
  const values = query.getAll(key);
  if (values.length > 1) {
    corrections.push(urlMsg('repeated', { key, count: values.length, raw: quote(values[0]) }));
  }
  return values.length ? values[0] : null;
}

function readView(query: URLSearchParams, corrections: Msg[]): ViewId {
  const raw = firstValue(query, 'view', corrections);
  if (raw === null) return DEFAULT_VIEW;
  const found = VIEW_IDS.find((id) => id === raw.trim().toLowerCase());
  if (found) return found;
  corrections.push(
    urlMsg('view', {
      key: 'view',
      raw: quote(raw),
      values: VIEW_IDS.join(', '),
      value: DEFAULT_VIEW,
    }),
  );
  return DEFAULT_VIEW;
}

/** `embed`, the one key besides `view` that every view reads: 1 shows the figure alone. */
function readEmbed(query: URLSearchParams, corrections: Msg[]): boolean {
  const raw = firstValue(query, 'embed', corrections);
  if (raw === null || raw === '0') return false;
  if (raw === '1') return true;
  corrections.push(urlMsg('embed', { key: 'embed', raw: quote(raw) }));
  return false;
}

function readLangKey(query: URLSearchParams, corrections: Msg[]): Lang | null {
  const raw = firstValue(query, 'lang', corrections);
  if (raw === null) return null;
  const lang = readLang(raw);
  if (!lang) corrections.push(urlMsg('lang', { key: 'lang', raw: quote(raw) }));
  return lang;
}

/** Reads one key's text with its field: a value, or null (and a correction) to keep the default. */
function readField(key: string, raw: string, field: Field<unknown>, corrections: Msg[]) {
  // A value longer than any valid one is refused unread, so no link can make reading slow.
  const result =
    raw.length > field.maxLength
      ? {
          ok: false as const,
          reason: urlMsg('tooLong', { raw: quote(raw), length: raw.length, max: field.maxLength }),
        }
      : field.parse(raw);
  if (result.ok) {
    if (result.note)
      corrections.push(
        urlMsg('adjusted', { key, note: result.note, value: field.format(result.value) }),
      );
    return result;
  }
  // An optional key (default: absent) is simply left out.
  const fallback = field.format(field.default);
  corrections.push(
    fallback
      ? urlMsg('refused', { key, reason: result.reason, value: fallback })
      : urlMsg('refusedOut', { key, reason: result.reason }),
  );
  return null;
}

/**
 * Reads a query string (`?view=conv&i=5&k=3`) into the view and its typed parameters.
 *
 * @example decode('?view=conv&k=abc').corrections // ['k: “abc” is not a number; using the default 3.']
 */
export function decode(search: string): Decoded {
  const corrections: Msg[] = [];
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(search);
  } catch {
    query = new URLSearchParams();
  }
  const view = readView(query, corrections);
  const lang = readLangKey(query, corrections);
  const params: Record<string, unknown> = defaultParams(view);
  for (const [key, field] of Object.entries(fieldsOf(view))) {
    const raw = firstValue(query, key, corrections);
    if (raw === null) continue;
    const result = readField(key, raw, field, corrections);
    if (result) params[key] = result.value;
  }
  const embed = readEmbed(query, corrections);
  return { view, params: params as ViewParams<ViewId>, embed, lang, corrections };
}

/**
 * Writes a view's parameters as a readable query string: `view` first, then the table's keys
 * in order; keys at their default are left out unless marked `always`; then the interface
 * language, when one was chosen; `embed=1` last.
 *
 * @example encode('conv', params) // '?view=conv&i=5&k=3&s=2&p=1'
 * @example encode('conv', params, { lang: 'zh' }) // '?view=conv&i=5&k=3&s=2&p=1&lang=zh'
 */
export function encode<V extends ViewId>(
  view: V,
  params: ViewParams<V>,
  { lang = null, embed = false }: { lang?: Lang | null; embed?: boolean } = {},
): string {
  const parts = [`view=${view}`];
  const values = params as Record<string, unknown>;
  for (const [key, field] of Object.entries(fieldsOf(view))) {
    const text = field.format(values[key]);
    if (!field.always && text === field.format(field.default)) continue;
    // Commas, colons, semicolons and slashes are legal in a query and keep `p=0:1,1`,
    // `m=1,2;3,4` and `beta=1/9` readable. A quote is written `%27`, as the browser's
    // address bar writes it, so the URL written is the URL the page reads back.
    const readable = encodeURIComponent(text)
      .replace(/%(2C|3A|3B|2F)/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
      .replace(/'/g, '%27');
    parts.push(`${key}=${readable}`);
  }
  if (lang) parts.push(`lang=${lang}`);
  if (embed) parts.push('embed=1');
  return `?${parts.join('&')}`;
}
