import type { AxisGeometry, SeeState } from '../../../engine';
import { defaultParams, encode } from '../../url/codec';
import { SCHEMA } from '../../url/schema';
import type { ViewId, ViewParams } from '../../url/schema';

type Pair = [number, number];
/** One parameter of the two axes (height, width) of a figure view. */
const pairOf = <A extends AxisGeometry>(axes: readonly A[], key: keyof A): Pair => [
  axes[0][key] as number,
  axes[axes.length - 1][key] as number,
];

/**
 * The link that opens an explorer view in the state of a question: that view's defaults with
 * the question's parameters, written by the URL table like any other link.
 *
 * @example seeHref({ view: 'pool', axes, mode: 'max' }) // '?view=pool&i=7,7&k=2&s=2&p=1&mode=max&ceil=1'
 */
export function seeHref(see: SeeState): string {
  return encode(see.view, seeParams(see));
}

/** The input, kernel, stride and dilation of a figure view, per axis. */
const sizesOf = (axes: readonly AxisGeometry[]) => ({
  i: pairOf(axes, 'input'),
  k: pairOf(axes, 'kernel'),
  s: pairOf(axes, 'stride'),
  d: pairOf(axes, 'dilation'),
});

/** The parameters of the view a question opens. */
export function seeParams(see: SeeState): ViewParams<ViewId> {
  switch (see.view) {
    case 'conv': {
      const params = defaultParams('conv');
      const { axes } = see;
      return {
        ...params,
        ...sizesOf(axes),
        p: see.word
          ? { mode: see.word }
          : {
              mode: 'explicit',
              h: [axes[0].padBefore, axes[0].padAfter],
              w: [axes[1].padBefore, axes[1].padAfter],
            },
      };
    }
    case 'pool':
      return {
        ...defaultParams('pool'),
        ...sizesOf(see.axes),
        p: pairOf(see.axes, 'padBefore'),
        mode: see.mode,
        ceil: see.axes.some((axis) => axis.ceilMode),
      };
    case 'transposed':
      return {
        ...defaultParams('transposed'),
        ...sizesOf(see.axes),
        p: pairOf(see.axes, 'padBefore'),
        op: pairOf(see.axes, 'outputPadding'),
        heat: see.heat ?? false,
      };
    case 'stack': {
      const params = defaultParams('stack');
      const layers = SCHEMA.stack.L.parse(see.layers);
      return {
        ...params,
        i: [see.input[0], see.input[see.input.length - 1]],
        L: layers.ok ? layers.value : params.L,
        solve: see.solve ?? params.solve,
        reach: see.reach ?? params.reach,
      };
    }
    case 'broadcast': {
      const [a, b = null, c = null, d = null] = see.shapes;
      return { ...defaultParams('broadcast'), a, b, c, d, op: see.op };
    }
    case 'mask':
      return { ...defaultParams('mask'), m: see.matrix, cond: see.cond };
    case 'smoothl1':
      return {
        ...defaultParams('smoothl1'),
        beta: see.beta,
        sigma: see.sigma,
        delta: see.delta,
        x: see.x,
        show: see.curves,
      };
  }
}
