import { describe, expect, it } from 'vitest';
import { decode } from '../../url/codec';
import type { ViewParams } from '../../url/schema';
import { buildMaskModel, isWide, matrixOf, resizeCells, seededCells } from './maskModel';

const model = (search: string) =>
  buildMaskModel(decode(`?view=mask&${search}`).params as ViewParams<'mask'>);

describe('mask model', () => {
  it('seeds a 3 × 4 float matrix with one decimal', () => {
    const cells = seededCells(1);
    expect(cells).toHaveLength(3);
    expect(cells.every((row) => row.length === 4)).toBe(true);
    expect(cells.flat().every((text) => /^-?\d\.\d$/.test(text))).toBe(true);
    expect(matrixOf(cells).dtype).toBe('float');
  });

  it('a typed integer matrix is int64; one decimal point makes it float64', () => {
    expect(matrixOf([['1', '2']]).dtype).toBe('int');
    expect(matrixOf([['1', '2.0']]).dtype).toBe('float');
  });

  it('resizes keeping values and filling zeros of the same kind', () => {
    expect(resizeCells([['1.5', '2.0']], 2, 1)).toEqual([['1.5'], ['0.0']]);
    expect(resizeCells([['1', '2']], 1, 3)).toEqual([['1', '2', '0']]);
  });

  it('docs/semantics.md §5.6 example: m = [[0,1,0],[2,0,3]] with a != 0', () => {
    const m = model('m=0,1,0;2,0,3&cond=a%20!%3D%200');
    expect(m.outputs?.argwhere).toBe('array([[0, 1],\n       [1, 0],\n       [1, 2]])');
    expect(m.outputs?.nonzero).toBe('(array([0, 1, 1]), array([1, 0, 2]))');
    expect(m.maskRepr).toBe('array([[False,  True, False],\n       [ True, False,  True]])');
  });

  it('the version switch changes how the session prints the mask', () => {
    const old = model('m=0,1&cond=a%20%3E%200&torch=1.1');
    expect(old.session?.[1].output).toBe('tensor([[0, 1]], dtype=torch.uint8)');
    const current = model('m=0,1&cond=a%20%3E%200');
    expect(current.session?.[1].output).toBe('tensor([[False,  True]])');
  });
});

describe('isWide', () => {
  it('a printed line over 40 characters takes a whole row', () => {
    // np.nonzero of a 3 × 4 mask with six True: 55 characters
    expect(isWide('(array([0, 0, 1, 2, 2, 2]), array([0, 1, 0, 1, 2, 3]))')).toBe(true);
    // np.argwhere prints one short row per element
    expect(isWide('array([[0, 1],\n       [2, 3]])')).toBe(false);
    expect(isWide('x'.repeat(40))).toBe(false);
    expect(isWide('x'.repeat(41))).toBe(true);
  });
});
