import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultParams, encode } from './codec';
import { decode } from './englishText';
import { SCHEMA, VIEW_IDS, type ViewId } from './schema';

describe('decode', () => {
  it('reads the readable form', () => {
    const { view, params, corrections } = decode('?view=conv&i=6,4&k=3&s=2&p=0:1,1:1&d=2&num=1');
    expect(view).toBe('conv');
    expect(corrections).toEqual([]);
    expect(params).toMatchObject({
      i: [6, 4],
      k: [3, 3],
      s: [2, 2],
      p: { mode: 'explicit', h: [0, 1], w: [1, 1] },
      d: [2, 2],
      num: true,
    });
  });

  it('reads padding words', () => {
    expect(decode('?view=conv&p=same').params).toMatchObject({ p: { mode: 'same' } });
    expect(decode('?view=conv&p=FULL').params).toMatchObject({ p: { mode: 'full' } });
  });

  it('defaults to the conv view and ignores unknown keys', () => {
    const { view, params, corrections } = decode('?zzz=1&foo=bar');
    expect(view).toBe('conv');
    expect(params).toEqual(defaultParams('conv'));
    expect(corrections).toEqual([]);
  });

  it('corrects garbage and says what it corrected', () => {
    const { params, corrections } = decode('?i=-3&k=abc&s=1e9');
    expect(params).toMatchObject({ i: [1, 1], k: [3, 3], s: [8, 8] });
    expect(corrections).toEqual([
      'i: -3 is below the minimum 1; using 1.',
      'k: “abc” is not a number; using the default 3.',
      's: 1e9 is above the maximum 8; using 8.',
    ]);
  });

  it('refuses an unknown view', () => {
    const { view, corrections } = decode('?view=deconv');
    expect(view).toBe('conv');
    expect(corrections[0]).toMatch(/“deconv” is not one of/);
  });

  it.each([
    ['?view=conv&k=2.5', 'k: “2.5” is not a whole number; using the default 3.'],
    ['?view=conv&p=1:2:3', 'p: “1:2:3” is not before:after; using the default 1.'],
    ['?view=conv&i=1,2,3', 'i: “1,2,3” has more than two values; using the default 5.'],
    ['?view=pool&mode=min', 'mode: “min” is not one of max, avg; using the default max.'],
    ['?view=conv&num=maybe', 'num: “maybe” is not 0 or 1; using the default 0.'],
  ])('%s', (search, message) => {
    expect(decode(search).corrections).toEqual([message]);
  });
});

describe('hostile and careless links', () => {
  const views = Object.entries(SCHEMA).flatMap(([view, fields]) =>
    Object.keys(fields).map((key) => [view, key] as const),
  );

  // A run of digits that then fails to match made the number patterns backtrack quadratically.
  it.each(views)(
    '%s %s: a 100,000-character value is refused unread, quoted short',
    (view, key) => {
      const value = `${'1'.repeat(100_000)}x`;
      const { params, corrections } = decode(`?view=${view}&${key}=${value}`);
      expect(params).toEqual(defaultParams(view as ViewId));
      expect(corrections).toHaveLength(1);
      const [message] = corrections;
      expect(message).toMatch(
        new RegExp(`^${key}: “1{24}…” is 100001 characters long, longer than any valid value`),
      );
      expect(message.length).toBeLessThan(200);
    },
  );

  it('never repeats more than a short prefix of a refused value, and no NUL characters', () => {
    const { corrections } = decode(`?view=conv&k=${'%00'.repeat(20)}abc`);
    expect(corrections).toEqual([
      `k: “${'\ufffd'.repeat(20)}abc” is not a number; using the default 3.`,
    ]);
  });

  it('shows a control character a parser names as �', () => {
    expect(decode('?view=stack&L=c3,%00').corrections).toEqual([
      expect.stringMatching(/^L: could not read layer 2 “\ufffd”: .*found '\ufffd'/),
    ]);
  });

  it('names the first unreadable layer in full and the others by number', () => {
    const { corrections } = decode(`?view=stack&L=${Array(24).fill('zz').join(',')}`);
    expect(corrections).toEqual([
      expect.stringMatching(
        /^L: could not read layer 1 “zz”: expected an op letter.*found 'z'; nor could layers 2, 3, .*, 24; using the default /,
      ),
    ]);
    expect(corrections[0].length).toBeLessThan(300);
  });

  it('says so when a key is repeated, and reads the first value', () => {
    const { params, corrections } = decode('?view=conv&k=5&k=7&k=9');
    expect(params).toMatchObject({ k: [5, 5] });
    expect(corrections).toEqual(['k: given 3 times; reading the first, “5”.']);
    expect(decode('?view=pool&view=conv').corrections).toEqual([
      'view: given 2 times; reading the first, “pool”.',
    ]);
  });

  it('clamps 1e309 (Infinity) like 1e308, and -1e309 like -1e308', () => {
    expect(decode('?view=conv&i=1e309').corrections).toEqual([
      'i: 1e309 is above the maximum 64; using 64.',
    ]);
    expect(decode('?view=conv&i=1e308').corrections).toEqual([
      'i: 1e308 is above the maximum 64; using 64.',
    ]);
    expect(decode('?view=conv&seed=-1e309').corrections).toEqual([
      'seed: -1e309 is below the minimum 0; using 0.',
    ]);
  });

  it.each([
    ['?view=conv&p=999:999', 'p: 999 is above the maximum 16; using 16.'],
    ['?view=conv&i=99,99', 'i: 99 is above the maximum 64; using 64.'],
    ['?view=smoothl1&show=zz,zz,sl1', 'show: ignored “zz”; using sl1.'],
  ])('%s says each note once', (search, message) => {
    expect(decode(search).corrections).toEqual([message]);
  });

  it('reads -0 as 0, so the link reads back as the same value', () => {
    const { params, corrections } = decode('?view=conv&p=-0&seed=-0');
    expect(corrections).toEqual([]);
    expect(Object.is((params as { seed: number }).seed, 0)).toBe(true);
    expect(decode(encode('conv', params as never)).params).toEqual(params);
  });

  it('reads valid values that are long but not too long', () => {
    expect(decode('?view=smoothl1&x=0.000000000000000000000000001').corrections).toEqual([]);
    expect(decode('?view=conv&p=0000000016:16,16:16').params).toMatchObject({
      p: { mode: 'explicit', h: [16, 16], w: [16, 16] },
    });
  });
});

describe('encode', () => {
  it('writes the geometry always and the rest only when changed', () => {
    expect(encode('conv', defaultParams('conv'))).toBe('?view=conv&i=5&k=3&s=2&p=1');
    expect(encode('conv', { ...defaultParams('conv'), i: [6, 4], num: true })).toBe(
      '?view=conv&i=6,4&k=3&s=2&p=1&num=1',
    );
    expect(
      encode('conv', { ...defaultParams('conv'), p: { mode: 'explicit', h: [0, 1], w: [1, 1] } }),
    ).toBe('?view=conv&i=5&k=3&s=2&p=0:1,1');
  });
});

describe('broadcast keys', () => {
  it('tells a 0-d operand (c=) from no operand (c absent), both ways', () => {
    const scalar = decode('?view=broadcast&a=3,4&b=4&c=');
    expect(scalar.corrections).toEqual([]);
    expect(scalar.params).toMatchObject({ a: [3, 4], b: [4], c: [], d: null });
    expect(encode('broadcast', scalar.params as never)).toBe('?view=broadcast&a=3,4&b=4&c=&op=add');
    const absent = decode('?view=broadcast&a=3,4&b=4');
    expect(absent.params).toMatchObject({ c: null, d: null });
    expect(encode('broadcast', absent.params as never)).toBe('?view=broadcast&a=3,4&b=4&op=add');
  });

  it('accepts Python tuples and writes b=none when b is removed', () => {
    const { params } = decode('?view=broadcast&a=(5,)&b=none&op=gt');
    expect(params).toMatchObject({ a: [5], b: null, op: 'gt' });
    expect(encode('broadcast', params as never)).toBe('?view=broadcast&a=5&b=none&op=gt');
  });

  it.each([
    ['a=2,-1', 'a: negative dimensions are not allowed: “2,-1” has -1; using the default 4,1,3.'],
    ['b=2,x', 'b: “x” in “2,x” is not a whole number; using the default 2,1.'],
    ['a=none', 'a: this operand is required (it cannot be none); using the default 4,1,3.'],
    ['c=1,1,1,1,1,1,1', 'c: “1,1,1,1,1,1,1” has 7 sizes; at most 6; using the default none.'],
    ['d=65', 'd: 65 in “65” is above the maximum size 64; using the default none.'],
    [
      'op=pow',
      'op: “pow” is not one of add, sub, mul, div, max, min, gt, lt, ge, le, eq, ne; using the default add.',
    ],
  ])('%s', (query, message) => {
    expect(decode(`?view=broadcast&${query}`).corrections).toEqual([message]);
  });
});

describe('mask keys', () => {
  it('reads a matrix, keeps literal kinds and round-trips', () => {
    const search = '?view=mask&m=0.5,-1;2,1.0&cond=a%20%3E%200%20and%20a%20%3C%201&torch=1.1';
    const { params, corrections } = decode(search);
    expect(corrections).toEqual([]);
    expect(params).toMatchObject({
      m: [
        ['0.5', '-1'],
        ['2', '1.0'],
      ],
      cond: 'a > 0 and a < 1',
      torch: '1.1',
    });
    expect(encode('mask', params as never)).toBe(search);
  });

  it('writes a condition as the address bar keeps it, quotes included', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (cond) => {
        const search = encode('mask', { ...defaultParams('mask'), cond });
        expect(new URL(`https://example.org/${search}`).search).toBe(search);
      }),
    );
    expect(encode('mask', { ...defaultParams('mask'), cond: "a['x'] > 0" })).toBe(
      '?view=mask&cond=a%5B%27x%27%5D%20%3E%200',
    );
  });

  it('writes nothing for the defaults', () => {
    expect(encode('mask', defaultParams('mask'))).toBe('?view=mask');
  });

  it.each([
    ['m=1,2;3', 'm: the rows have different lengths; using the default none.'],
    ['m=1,abc', 'm: “abc” is not a number with at most one decimal; using the default none.'],
    ['m=100', 'm: 100 is outside −99 to 99; using the default none.'],
    ['torch=2.0', 'torch: “2.0” is not one of 1.1, 1.2; using the default 1.2.'],
  ])('%s', (query, message) => {
    expect(decode(`?view=mask&${query}`).corrections).toEqual([message]);
  });
});

describe('fuzzed query strings', () => {
  const keys = [
    'view',
    'i',
    'k',
    's',
    'p',
    'd',
    'op',
    'mode',
    'ceil',
    'cip',
    'num',
    'seed',
    't',
    'x',
    'a',
    'b',
    'c',
    'm',
    'cond',
    'torch',
    'beta',
    'sigma',
    'delta',
    'show',
    'zoom',
    'box',
    'pos',
    'pred',
    'tgt',
  ];
  const valueArb = fc.oneof(
    fc.string(),
    fc.constantFrom(
      'conv',
      'pool',
      'transposed',
      'broadcast',
      'mask',
      'smoothl1',
      'same',
      'valid',
      'full',
      '1e9',
      '-3',
      'NaN',
      '',
      'none',
      '(5,)',
      '1.5,-2;0,.5',
      'a > 0 & a < 1',
    ),
    fc.constantFrom('1/9', '2/3', '1dx:0.5,8dh:-2', '9dw:1', 'sl1,misprint', 'rpn'),
    fc.double({ min: -30, max: 30, noNaN: true }).map(String),
    fc
      .tuple(fc.nat(10), fc.constantFrom('dx', 'dh'), fc.double({ min: -20, max: 20, noNaN: true }))
      .map(([row, column, value]) => `${row}${column}:${value}`),
    fc.integer({ min: -100, max: 100 }).map(String),
    fc.array(fc.integer({ min: -5, max: 70 }), { maxLength: 3 }).map((a) => a.join(',')),
    fc.tuple(fc.nat(20), fc.nat(20)).map(([a, b]) => `${a}:${b}`),
  );
  const queryArb = fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...keys), fc.string()), valueArb), { maxLength: 8 })
    .map(
      (pairs) =>
        '?' + pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'),
    );

  it('decode never throws', () => {
    fc.assert(
      fc.property(fc.oneof(queryArb, fc.string()), (search) => {
        const decoded = decode(search);
        expect(VIEW_IDS).toContain(decoded.view);
      }),
      { numRuns: 500 },
    );
  });

  // The same keys and values with a view fixed, so that every run exercises its fields.
  const smoothl1Arb = queryArb.map((search) => `?view=smoothl1&${search.slice(1)}`);

  it.each([
    ['any view', queryArb],
    ['smoothl1', smoothl1Arb],
  ])('encode ∘ decode is stable (%s): re-decoding an encoding changes nothing', (_, arb) => {
    fc.assert(
      fc.property(arb, (search) => {
        const first = decode(search);
        const url = encode(first.view, first.params);
        const second = decode(url);
        expect(second.corrections).toEqual([]);
        expect(second.view).toBe(first.view);
        expect(second.params).toEqual(first.params);
        expect(encode(second.view, second.params)).toBe(url);
      }),
      { numRuns: 500 },
    );
  });
});

describe('embed', () => {
  it('embed=1 shows the figure alone; absent or 0, the whole page', () => {
    expect(decode('?view=conv&embed=1').embed).toBe(true);
    expect(decode('?view=conv&embed=0').embed).toBe(false);
    expect(decode('?view=pool').embed).toBe(false);
  });
  it('another value is corrected and said', () => {
    const decoded = decode('?view=conv&embed=yes');
    expect(decoded.embed).toBe(false);
    expect(decoded.corrections).toEqual(['embed: “yes” is not 0 or 1; showing the whole page.']);
  });
  it('is written last, and only when on', () => {
    const { params } = decode('?view=conv&i=5&k=3&s=2&p=1');
    expect(encode('conv', params, { embed: true })).toBe('?view=conv&i=5&k=3&s=2&p=1&embed=1');
    expect(encode('conv', params)).toBe('?view=conv&i=5&k=3&s=2&p=1');
  });
});

describe('lang', () => {
  it('is read when it names a language, and null when absent', () => {
    expect(decode('?view=conv&lang=zh').lang).toBe('zh');
    expect(decode('?view=conv&lang=en').lang).toBe('en');
    expect(decode('?view=conv').lang).toBeNull();
  });
  it('another value is left out and said', () => {
    const decoded = decode('?view=conv&lang=fr');
    expect(decoded.lang).toBeNull();
    expect(decoded.corrections).toEqual(['lang: “fr” is not en or zh; leaving it out.']);
  });
  it('is written after the view’s keys and before embed, only when chosen', () => {
    const { params } = decode('?view=conv&i=5&k=3&s=2&p=1');
    expect(encode('conv', params, { lang: 'zh' })).toBe('?view=conv&i=5&k=3&s=2&p=1&lang=zh');
    expect(encode('conv', params, { lang: 'en', embed: true })).toBe(
      '?view=conv&i=5&k=3&s=2&p=1&lang=en&embed=1',
    );
    expect(encode('conv', params, { lang: null })).toBe('?view=conv&i=5&k=3&s=2&p=1');
  });
});
