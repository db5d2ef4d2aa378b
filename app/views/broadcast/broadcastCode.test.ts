import { describe, expect, it } from 'vitest';
import { decode } from '../../url/codec';
import type { ViewParams } from '../../url/schema';
import { broadcastSnippets, nestedList } from './broadcastCode';
import { buildBroadcastModel, resultText } from './broadcastModel';

const model = (search: string) =>
  buildBroadcastModel(decode(`?view=broadcast&${search}`).params as ViewParams<'broadcast'>);

describe('nestedList', () => {
  it('writes row-major values as nested lists', () => {
    const at = (values: number[]) => (index: number) => values[index];
    expect(nestedList([2, 1], at([1, 2]))).toBe('[[1], [2]]');
    expect(nestedList([], at([7]))).toBe('7');
  });
});

describe('broadcast model and code', () => {
  it('gives the result shape for compatible shapes', () => {
    const m = model('a=2,1&b=1,3&c=4,1,1');
    expect(resultText(m)).toBe('(4, 2, 3)');
    expect(m.stretchOrder).toEqual([2, 1, 0]);
    const torch = broadcastSnippets(m)[1].code;
    expect(torch).toContain('result = a + b + c  # shape (4, 2, 3), torch.int64');
    // contiguous (2, 1) has strides (1, 1); the new axis 0 and the stretched axis 2 read with 0
    expect(torch).toContain('a.expand(4, 2, 3)  # a view: stride() == (0, 1, 0)');
  });

  it('builds zero-size operands with their shape and int64 (issue 11 reproducer)', () => {
    const [numpy, torch] = broadcastSnippets(model('a=0,3&b=5,1,1')).map((s) => s.code);
    expect(numpy).toContain('a = np.zeros((0, 3), dtype=np.int64)  # no elements');
    expect(numpy).not.toContain('np.array([])');
    expect(numpy).toContain('result = a + b  # shape (5, 0, 3), int64');
    expect(torch).toContain('a = torch.zeros((0, 3), dtype=torch.int64)  # no elements');
    // torch 1.13: torch.zeros(0, 3).expand(5, 0, 3).stride() == (0, 3, 1)
    expect(torch).toContain('a.expand(5, 0, 3)  # a view: stride() == (0, 3, 1)');
  });

  it('gives NumPy’s and PyTorch’s texts for a mismatch', () => {
    const m = model('a=3,4&b=5');
    expect(resultText(m)).toBe('operands could not be broadcast together with shapes (3,4) (5,) ');
    expect(m.torchError).toBe(
      'The size of tensor a (4) must match the size of tensor b (5) at non-singleton dimension 1',
    );
    expect(m.numpyShapesError).toBe(
      'shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (3, 4) and arg 1 with shape (5,).',
    );
    expect(m.frame).toEqual([3, 5]);
  });

  it('summarises ranks above three in words and draws the rest', () => {
    expect(model('a=2,1,1,3&b=4,1').drawLimit).toBe('rank');
    expect(model('a=64,64&b=1').drawLimit).toBeNull();
    expect(model('a=4,1,3&b=2,1').drawLimit).toBeNull();
  });
});
