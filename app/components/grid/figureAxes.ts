import { paddingForWord, type AxisGeometry } from '../../../engine';
import type { AxisPair, PaddingParam } from '../../url/fields';

/** The URL pairs every figure view has: input, kernel, stride and dilation per axis. */
interface FigurePairs {
  i: AxisPair;
  k: AxisPair;
  s: AxisPair;
  d: AxisPair;
}

/**
 * A figure view's height and width as the engine's axes, built once from its URL pairs and
 * each view's own per-axis fields (padding, output padding, ceil mode).
 *
 * @param own the view's fields of one axis (0: height, 1: width)
 * @example figureAxes(params, (a) => ({ padBefore: params.p[a], padAfter: params.p[a] }))
 */
export function figureAxes<T extends Pick<AxisGeometry, 'padBefore' | 'padAfter'>>(
  params: FigurePairs,
  own: (axis: 0 | 1) => T,
): [AxisGeometry & T, AxisGeometry & T] {
  const axis = (a: 0 | 1) => ({
    input: params.i[a],
    kernel: params.k[a],
    stride: params.s[a],
    dilation: params.d[a],
    ...own(a),
  });
  return [axis(0), axis(1)];
}

/**
 * One number per axis, [height, width], from a function of an axis.
 *
 * @example axisPair(model.axes, paddedSize) // [7, 7]
 */
export function axisPair<A>(axes: readonly [A, A], f: (axis: A) => number): AxisPair {
  return [f(axes[0]), f(axes[1])];
}

/**
 * The [height, width] pairs of two axes' common fields, as code and captions print them.
 *
 * @example axisPairs(model.axes).kernel // [3, 3]
 */
export function axisPairs(axes: readonly [AxisGeometry, AxisGeometry]) {
  const pair = (f: (axis: AxisGeometry) => number) => axisPair(axes, f);
  return {
    input: pair((a) => a.input),
    kernel: pair((a) => a.kernel),
    stride: pair((a) => a.stride),
    dilation: pair((a) => a.dilation),
    padBefore: pair((a) => a.padBefore),
    padAfter: pair((a) => a.padAfter),
  };
}

/**
 * Zeros before and after one axis of a convolution: the URL's numbers, or the engine's for a
 * padding word (`valid`, PyTorch's `same` split, `full`).
 *
 * @example paddingSides({ mode: 'same' }, 1, 4, 1) // { padBefore: 1, padAfter: 2 }
 */
export function paddingSides(p: PaddingParam, axis: 0 | 1, kernel: number, dilation: number) {
  if (p.mode !== 'explicit') return paddingForWord(p.mode, kernel, dilation);
  const [padBefore, padAfter] = axis === 0 ? p.h : p.w;
  return { padBefore, padAfter };
}
