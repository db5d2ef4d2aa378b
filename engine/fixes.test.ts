import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convFixes, poolFixes, transposedFixes, type Fix } from './fixes';
import { LIMITS } from './limits';
import { convOutputShape, poolOutputShape } from './shape';
import { convSpecOf, poolSpecOf, type PoolAxisGeometry } from './spec';

const axis = (input: number, kernel: number, over: object = {}) => ({
  input,
  kernel,
  stride: 1,
  dilation: 1,
  padBefore: 0,
  padAfter: 0,
  ...over,
});

describe('convFixes', () => {
  it('is empty for a valid configuration', () => {
    expect(convFixes([axis(5, 3), axis(5, 3)], false)).toEqual([]);
  });

  it('offers a smaller kernel, more padding or a larger input when the kernel does not fit', () => {
    const fixes = convFixes([axis(4, 7), axis(8, 3)], false);
    expect(fixes.map((f) => f.label)).toEqual([
      'Kernel size 7 → 4 (height)',
      'Padding per side 0 → 2 (height)',
      'Input size 4 → 7 (height)',
    ]);
  });

  it('merges the same kind of fix across axes', () => {
    const fixes = convFixes([axis(2, 3, { dilation: 2 }), axis(3, 3, { dilation: 2 })], false);
    expect(fixes[0]).toEqual({
      label: 'Kernel size 3 → 1 (height), 3 → 2 (width)',
      changes: [
        { param: 'kernel', axis: 0, value: 1 },
        { param: 'kernel', axis: 1, value: 2 },
      ],
    });
    // dilation 1 fits the width but not the height (k = 3 needs 3 cells): not offered
    expect(fixes[1].label).toBe('Padding per side 0 → 2 (height), 0 → 1 (width)');
  });

  it("offers stride 1 or explicit padding for 'same' with a stride", () => {
    const fixes = convFixes([axis(8, 3, { stride: 2 }), axis(8, 3, { stride: 2 })], true);
    expect(fixes.map((f) => f.changes[0])).toEqual([
      { param: 'stride', axis: 0, value: 1 },
      { param: 'padBefore', axis: 0, value: 1 },
    ]);
  });
});

describe('poolFixes', () => {
  const pool = (input: number, kernel: number, padding: number, dilation = 1) => ({
    input,
    kernel,
    stride: kernel,
    dilation,
    padBefore: padding,
    padAfter: padding,
    ceilMode: false,
  });

  it('reduces padding to ⌊k/2⌋ first', () => {
    const fixes = poolFixes([pool(6, 3, 2), pool(6, 3, 0)], 'max');
    expect(fixes[0].label).toBe('Padding 2 → 1 (height)');
  });

  it('drops dilation for average pooling', () => {
    expect(poolFixes([pool(6, 3, 0, 2), pool(6, 3, 0)], 'avg')[0].label).toMatch(/Dilation → 1/);
  });
});

describe('transposedFixes', () => {
  const t = (op: number, padding = 0) => ({
    input: 3,
    kernel: 3,
    stride: 2,
    dilation: 1,
    padBefore: padding,
    padAfter: padding,
    outputPadding: op,
  });

  it('brings output padding under max(stride, dilation)', () => {
    const fixes = transposedFixes([t(2), t(0)]);
    expect(fixes.map((f) => f.label)).toEqual([
      'Output padding 2 → 1 (height)',
      'Stride 2 → 3 (height)',
    ]);
  });

  it('reduces padding that crops everything', () => {
    expect(transposedFixes([t(0, 4), t(0)])[0].label).toBe('Padding 4 → 3 (height)');
  });
});

// Issue 11: a fix must be valid as applied, inside the explorer's limits, and the nearest.
describe('fixes are valid as applied, inside the limits, and nearest', () => {
  /** A pool axis in PyTorch's terms: one symmetric `padding`, `ceil_mode` off unless given. */
  const pool = (
    input: number,
    kernel: number,
    { padding = 0, ...over }: Partial<PoolAxisGeometry> & { padding?: number } = {},
  ): PoolAxisGeometry => ({
    input,
    kernel,
    stride: 1,
    dilation: 1,
    padBefore: padding,
    padAfter: padding,
    ceilMode: false,
    ...over,
  });
  const poolValid = (axes: PoolAxisGeometry[], mode: 'max' | 'avg') => {
    try {
      poolOutputShape(
        axes.map((a) => a.input),
        poolSpecOf(axes, mode),
      );
      return true;
    } catch {
      return false;
    }
  };
  const applied = <T extends object>(axes: T[], fix: Fix): T[] =>
    axes.map((a, axis) => {
      const copy = { ...a } as Record<string, number>;
      for (const c of fix.changes.filter((each) => each.axis === axis)) {
        if (c.param === 'padding' && 'padBefore' in copy) copy.padBefore = copy.padAfter = c.value;
        else copy[c.param] = c.value;
      }
      return copy as T;
    });

  it('average pooling with dilation: every fix also sets the dilation to 1 (?view=pool&mode=avg&d=2&i=4&k=5)', () => {
    const axes = [pool(4, 5, { dilation: 2 }), pool(4, 5, { dilation: 2 })];
    const fixes = poolFixes(axes, 'avg');
    expect(fixes.map((f) => f.label)).toEqual([
      'Kernel size 5 → 4 (height), 5 → 4 (width); dilation → 1 (average pooling has none)',
      'Input size 4 → 5 (height), 4 → 5 (width); dilation → 1 (average pooling has none)',
    ]);
    for (const fix of fixes) expect(poolValid(applied(axes, fix), 'avg')).toBe(true);
  });

  it('a padding fix on the other axis carries the dilation change too', () => {
    const axes = [pool(6, 3, { dilation: 2 }), pool(6, 3, { padding: 2 })];
    const fixes = poolFixes(axes, 'avg');
    expect(fixes[0].label).toBe('Padding 2 → 1 (width); dilation → 1 (average pooling has none)');
    for (const fix of fixes) expect(poolValid(applied(axes, fix), 'avg')).toBe(true);
  });

  it("'same' with a stride: no explicit padding beyond the explorer's 16", () => {
    // d(k − 1)/2 = 6 · 14 / 2 = 42
    const fixes = convFixes([axis(64, 15, { stride: 2, dilation: 6 })], true);
    expect(fixes.map((f) => f.label)).toEqual([
      'Stride → 1 (PyTorch allows padding=same only without a stride)',
    ]);
  });

  it('asymmetric padding: the smallest symmetric padding, which may shrink one side', () => {
    // i + 2p ≥ 7 with i = 2: p = 3 (the old fix padded 3 + 1 = 4 per side)
    expect(convFixes([axis(2, 7, { padAfter: 3 })], false)[1].label).toBe(
      'Padding per side 0:3 → 3',
    );
  });

  it.each([
    // [axis, labels]: ceil mode lets the last window hang over by up to s − 1
    [pool(4, 7, { stride: 3, ceilMode: true }), ['Kernel size 7 → 6', 'Input size 4 → 5']],
    [pool(4, 7, { stride: 3 }), ['Kernel size 7 → 4', 'Input size 4 → 7']],
    [
      pool(4, 3, { stride: 3, dilation: 4, ceilMode: true }),
      ['Kernel size 3 → 2', 'Dilation 4 → 2', 'Input size 4 → 7'],
    ],
  ])('pool %o: nearest kernel, dilation, input', (a, labels) => {
    expect(poolFixes([a], 'max').map((f) => f.label)).toEqual(labels);
  });

  const limit = (r: { min: number; max: number }) => fc.integer(r);
  it('property: every pool fix is valid as applied and inside the limits', () => {
    const poolAxis = fc.record({
      input: fc.integer({ min: 1, max: 12 }),
      kernel: limit(LIMITS.kernel),
      stride: fc.integer({ min: 1, max: 8 }),
      padding: fc.integer({ min: 0, max: 9 }),
      dilation: fc.integer({ min: 1, max: 4 }),
    });
    fc.assert(
      fc.property(
        fc.array(poolAxis, { minLength: 2, maxLength: 2 }),
        fc.constantFrom('max' as const, 'avg' as const),
        fc.boolean(),
        (drawn, mode, ceilMode) => {
          const axes = drawn.map(({ padding, ...a }) =>
            pool(a.input, a.kernel, { ...a, padding, ceilMode }),
          );
          for (const fix of poolFixes(axes, mode)) {
            expect(poolValid(applied(axes, fix), mode)).toBe(true);
            expect(insideLimits(fix)).toBe(true);
          }
        },
      ),
    );
  });

  it('property: every conv fix is valid as applied and inside the limits', () => {
    const convAxis = fc.record({
      input: fc.integer({ min: 1, max: 10 }),
      kernel: limit(LIMITS.kernel),
      stride: limit(LIMITS.stride),
      dilation: limit(LIMITS.dilation),
      padBefore: fc.integer({ min: 0, max: 4 }),
      padAfter: fc.integer({ min: 0, max: 4 }),
    });
    fc.assert(
      fc.property(
        fc.array(convAxis, { minLength: 2, maxLength: 2 }),
        fc.boolean(),
        (axes, same) => {
          for (const fix of convFixes(axes, same)) {
            const next = applied(axes, fix);
            const sameWord = same && fix.changes[0].param === 'stride' ? 'same' : undefined;
            expect(() =>
              convOutputShape(
                next.map((a) => a.input),
                convSpecOf(next, sameWord),
              ),
            ).not.toThrow();
            expect(insideLimits(fix)).toBe(true);
          }
        },
      ),
    );
  });

  it('property: pool kernel, dilation and input fixes are the nearest valid values', () => {
    const poolAxis = fc.record({
      input: fc.integer({ min: 1, max: 10 }),
      kernel: fc.integer({ min: 1, max: 15 }),
      stride: fc.integer({ min: 1, max: 6 }),
      padding: fc.constant(0),
      dilation: fc.integer({ min: 1, max: 4 }),
    });
    fc.assert(
      fc.property(poolAxis, fc.boolean(), (drawn, ceilMode) => {
        const a = pool(drawn.input, drawn.kernel, { ...drawn, ceilMode });
        const fixes = poolFixes([a], 'max');
        const valueOf = (param: string) =>
          fixes.flatMap((f) => f.changes).find((c) => c.param === param)?.value;
        const ok = (over: object) => poolValid([{ ...a, ...over }], 'max');
        // brute force over the explorer's range, nearest first
        const kernel = valueOf('kernel');
        if (kernel !== undefined) {
          expect(ok({ kernel })).toBe(true);
          for (let k = kernel + 1; k < a.kernel; k++) expect(ok({ kernel: k })).toBe(false);
        }
        const input = valueOf('input');
        if (input !== undefined) {
          expect(ok({ input })).toBe(true);
          for (let i = a.input + 1; i < input; i++) expect(ok({ input: i })).toBe(false);
        }
        const dilation = valueOf('dilation');
        if (dilation !== undefined) {
          expect(ok({ dilation })).toBe(true);
          for (let d = dilation + 1; d < a.dilation; d++) expect(ok({ dilation: d })).toBe(false);
        }
      }),
    );
  });
});

const RANGE: Record<string, { min: number; max: number }> = {
  padBefore: LIMITS.padding,
  padAfter: LIMITS.padding,
  padding: LIMITS.padding,
  input: LIMITS.input,
  kernel: LIMITS.kernel,
  stride: LIMITS.stride,
  dilation: LIMITS.dilation,
  outputPadding: LIMITS.outputPadding,
};
const insideLimits = (fix: Fix) =>
  fix.changes.every((c) => c.value >= RANGE[c.param].min && c.value <= RANGE[c.param].max);
