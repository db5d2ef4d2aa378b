import { describe, expect, it } from 'vitest';
import { stageLayout } from './stageLayout';

describe('stageLayout', () => {
  it('puts small figures side by side with large cells', () => {
    // 7 + 3 + 3 columns in 640 px: (640 − 56) / 13 = 44.9 → capped at 44
    expect(stageLayout({ input: 7, kernel: 3, output: 3 }, 640, false)).toEqual({
      cell: 44,
      kernelCell: 44,
      stacked: false,
      textHidden: false,
    });
  });

  it('stacks on a phone when that gives larger cells', () => {
    // side by side: (340 − 56) / 13 = 21; stacked: min(340 / 7, 312 / 6) = 48 → 44
    const layout = stageLayout({ input: 7, kernel: 3, output: 3 }, 340, true);
    expect(layout.stacked).toBe(true);
    expect(layout.cell).toBe(44);
  });

  it('hides printed values when cells get too small, and keeps the kernel readable', () => {
    // a 66-column input at 700 px: side by side (700 − 56) / 135 = 4; stacked 700 / 66 = 10
    const layout = stageLayout({ input: 66, kernel: 3, output: 64 }, 700, true);
    expect(layout).toEqual({ cell: 10, kernelCell: 22, stacked: true, textHidden: true });
  });
});
