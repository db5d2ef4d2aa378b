import { describe, expect, it } from 'vitest';
import { convFixes, poolFixes, transposedFixes } from './fixes';

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
