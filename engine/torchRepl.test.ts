import { describe, expect, it } from 'vitest';
import { torchMaskSession } from './torchRepl';

const mask = { shape: [2, 2], data: [1, 0, 0, 1] };

describe('torchMaskSession', () => {
  it('≤ 1.1: comparisons print as uint8 0/1 and 1 - mask inverts', () => {
    const session = torchMaskSession(mask, 'a > 0', '1.1');
    const byInput = Object.fromEntries(session.map((e) => [e.input, e.output]));
    expect(byInput.mask).toBe('tensor([[1, 0],\n        [0, 1]], dtype=torch.uint8)');
    expect(byInput['mask.dtype']).toBe('torch.uint8');
    expect(byInput['1 - mask']).toBe('tensor([[0, 1],\n        [1, 0]], dtype=torch.uint8)');
  });

  it('≥ 1.2: bool, 1 - mask raises, ~ on an old uint8 mask gives 254/255', () => {
    const session = torchMaskSession(mask, 'a > 0', '1.2');
    const byInput = Object.fromEntries(session.map((e) => [e.input, e.output]));
    expect(byInput.mask).toBe('tensor([[ True, False],\n        [False,  True]])');
    expect(byInput['1 - mask']).toBe(
      'RuntimeError: Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.',
    );
    expect(byInput['~mask']).toBe('tensor([[False,  True],\n        [ True, False]])');
    expect(byInput['~old']).toBe('tensor([[254, 255],\n        [255, 254]], dtype=torch.uint8)');
    expect(byInput['a[old]']).toBe(
      'UserWarning: indexing with dtype torch.uint8 is now deprecated, please use a dtype torch.bool instead.',
    );
  });
});
