import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columns, wrapColumns } from './columns';

describe('columns', () => {
  it('counts a Chinese character as two', () => {
    expect(columns('β = 1')).toBe(5);
    expect(columns('损失与梯度')).toBe(10);
    expect(columns('Smooth L1（β = 1）')).toBe(18);
  });
});

describe('wrapColumns', () => {
  it('breaks English between words, as before', () => {
    expect(wrapColumns('Smooth L1 (β = 1): loss and gradient', 20)).toEqual([
      'Smooth L1 (β = 1):',
      'loss and gradient',
    ]);
  });

  it('breaks Chinese between characters, which have no spaces', () => {
    expect(wrapColumns('Smooth L1 (β = 1)：损失与梯度', 20)).toEqual([
      'Smooth L1 (β = 1)：',
      '损失与梯度',
    ]);
    expect(wrapColumns('分界点附近的局部放大', 8)).toEqual(['分界点附', '近的局部', '放大']);
  });

  it('never starts a line with a closing mark', () => {
    expect(wrapColumns('Smooth L1 (σ = 3, β = 0.1111)：损失与梯度', 29)).toEqual([
      'Smooth L1 (σ = 3, β =',
      '0.1111)：损失与梯度',
    ]);
    expect(wrapColumns('局部放大：x 从', 8)).toEqual(['局部放', '大：x 从']);
  });

  it('keeps every character but the spaces it breaks at, and each line fits unless one word is too long', () => {
    const text = fc.stringMatching(/^[a-z损失梯度 ]{0,40}$/);
    fc.assert(
      fc.property(text, fc.integer({ min: 2, max: 30 }), (input, width) => {
        const lines = wrapColumns(input, width);
        expect(lines.join('').replace(/ /g, '')).toBe(input.replace(/ /g, ''));
        for (const line of lines)
          if (line.includes(' ') || /[损失梯度]/.test(line.slice(1)))
            expect(columns(line)).toBeLessThanOrEqual(width);
      }),
    );
  });
});
