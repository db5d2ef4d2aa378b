/**
 * Query strings generated from the URL schema, as a careless user or an attacker writes them:
 * valid values, values out of range, unreadable ones and hostile ones (markup, script, control
 * and direction characters, overflowing numbers, 100 kB values), repeated and unknown keys.
 */
import fc from 'fast-check';
import { SCHEMA, VIEW_IDS } from '../../app/url/schema';

export type ValueKind = 'valid' | 'out of range' | 'unreadable' | 'hostile' | 'huge';

/** Marks an injected element or script: `#pwn` must never exist, nor `window.__pwned`. */
export const INJECTIONS = [
  '<b id="pwn">x</b>',
  '"><img src=x id=pwn onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '<svg id=pwn onload=window.__pwned=1>',
  'javascript:window.__pwned=1',
  "';window.__pwned=1;//",
  '${window.__pwned=1}',
  '{{constructor.constructor("window.__pwned=1")()}}',
];

const VALID = fc.constantFrom(
  '1',
  '2',
  '3',
  '5',
  '3,4',
  '0:1,1',
  'same',
  'max',
  'avg',
  '1/9',
  '0.5',
  'add',
  'gt',
  'none',
  '(5,)',
  '',
  'sl1,huber',
  'rpn',
  '1dx:0.5',
  '1,2;3,4',
  'a > 0',
  '1.1',
  'c3s2p1,m2',
);
const OUT_OF_RANGE = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
  fc.constantFrom('1e309', '-1e309', '1e308', '999:999', '65,65', '-0', '1e-400', '9'.repeat(30)),
);
const UNREADABLE = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('NaN', 'Infinity', 'abc', '1.5.5', '(', ')(', ',,', ':', '0x10', '1_000', '١٢'),
);
const HOSTILE = fc.oneof(
  fc.constantFrom(...INJECTIONS),
  fc.constantFrom('\u0000', '1\u0000', '\u202eevil', '\u200b1', '\ufeff2', '%', '\n\r\t'),
  fc.string({ unit: 'binary', maxLength: 30 }),
);
const HUGE = fc.constantFrom(`${'1'.repeat(100_000)}x`, '9'.repeat(20_000), 'a'.repeat(50_000));

const KINDS: Record<ValueKind, fc.Arbitrary<string>> = {
  valid: VALID,
  'out of range': OUT_OF_RANGE,
  unreadable: UNREADABLE,
  hostile: HOSTILE,
  huge: HUGE,
};

export interface GeneratedQuery {
  search: string;
  /** The kinds of value it holds, for the counts `npm run fuzz` prints. */
  kinds: ValueKind[];
}

/** How often each kind is drawn: huge values are slow to generate and rarely add news. */
const WEIGHTS: Record<ValueKind, number> = {
  valid: 4,
  'out of range': 4,
  unreadable: 4,
  hostile: 4,
  huge: 1,
};

const valueArb = fc.oneof(
  ...(Object.keys(KINDS) as ValueKind[]).map((kind) => ({
    weight: WEIGHTS[kind],
    arbitrary: KINDS[kind].map((value) => ({ kind, value })),
  })),
);

/** One query: a view (rarely a bad one) and up to 8 keys of it, some repeated or unknown. */
export const queryArb: fc.Arbitrary<GeneratedQuery> = fc
  .record({
    view: fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom(...VIEW_IDS) },
      { weight: 1, arbitrary: fc.oneof(UNREADABLE, fc.constantFrom(...INJECTIONS)) },
    ),
    pairs: fc.array(fc.tuple(fc.nat(), valueArb), { maxLength: 8 }),
    unknownKey: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }),
  })
  .map(({ view, pairs, unknownKey }) => {
    const keys = Object.keys(SCHEMA[view as keyof typeof SCHEMA] ?? SCHEMA.conv);
    const parts = [`view=${encodeURIComponent(view)}`];
    for (const [n, { value }] of pairs) {
      parts.push(`${keys[n % keys.length]}=${encodeURIComponent(value)}`);
    }
    if (unknownKey !== undefined) parts.push(`${encodeURIComponent(unknownKey)}=1`);
    return { search: `?${parts.join('&')}`, kinds: pairs.map(([, { kind }]) => kind) };
  });
