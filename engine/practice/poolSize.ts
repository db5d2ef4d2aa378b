import { paddedSize, poolAxisDroppedWindow, poolAxisOutput } from '../shape';
import { dilatedKernel, type PoolAxisGeometry } from '../spec';
import { AXIS_NAMES, axesKey, HW_FORMAT, sizeAnswer, times } from './common';
import type { Draw } from './draw';
import { msg, type Msg } from './message';
import type { Level } from './topics';
import type { Question } from './types';

const poolAxis = (
  input: number,
  kernel: number,
  stride: number,
  pad: number,
): PoolAxisGeometry => ({
  input,
  kernel,
  stride,
  dilation: 1,
  padBefore: pad,
  padAfter: pad,
  ceilMode: true,
});

/** The worked ceil-mode size of one axis, with PyTorch's rule for a window in the padding. */
function poolAxisSteps(axis: PoolAxisGeometry, name: string): Msg {
  const kHat = dilatedKernel(axis.kernel, axis.dilation);
  const plain = Math.ceil((paddedSize(axis) - kHat) / axis.stride) + 1;
  const dropped = poolAxisDroppedWindow(axis);
  const formula = `⌈(${axis.input} + 2·${axis.padBefore} − ${kHat})/${axis.stride}⌉ + 1 = ${plain}`;
  if (dropped === null) return msg('step', { name, formula });
  return msg('pool.dropStep', {
    name,
    formula,
    start: dropped,
    edge: `i + p = ${axis.input + axis.padBefore}`,
    output: poolAxisOutput(axis),
  });
}

/**
 * Output size of a max pooling in ceil mode: level 1 a 2 × 2 window on an odd size; level 2 a
 * 3 × 3 window with stride 2 on a rectangle where ceil and floor differ; level 3 a case where
 * PyTorch drops the last window because it would start in the padding.
 */
export function poolSizeQuestion(draw: Draw, level: Level): Question | null {
  const h = level === 1 ? 2 * draw.int(2, 15) + 1 : draw.int(4, level === 2 ? 40 : 20);
  const w = level === 1 ? h : draw.int(4, level === 2 ? 40 : 20);
  let k = 2;
  let s = 2;
  let p = 0;
  if (level === 2) [k, s, p] = [3, 2, draw.int(0, 1)];
  if (level === 3) {
    k = draw.pick([2, 3, 4]);
    s = draw.pick([2, 3, 4]);
    p = draw.int(1, Math.floor(k / 2));
  }
  const axes = [poolAxis(h, k, s, p), poolAxis(w, k, s, p)];
  const floors = axes.map((axis) => poolAxisOutput({ ...axis, ceilMode: false }));
  const out = axes.map(poolAxisOutput);
  if (level === 2 && out.every((o, n) => o === floors[n])) return null;
  if (level === 3 && axes.every((axis) => poolAxisDroppedWindow(axis) === null)) return null;
  const pad = p > 0 ? `, padding=${p}` : '';
  const module = `nn.MaxPool2d(kernel_size=${k}, stride=${s}${pad}, ceil_mode=True)`;
  return {
    topic: 'pool-size',
    level,
    key: `pool:${axesKey(axes)}`,
    prompt: msg('conv.prompt', { module, input: `(1, 16, ${h}, ${w})` }),
    format: HW_FORMAT,
    answer: sizeAnswer(out),
    hint: msg('pool.hint'),
    solution: [
      ...axes.map((axis, n) => poolAxisSteps(axis, AXIS_NAMES[n])),
      msg('pool.floorCeil', { floor: times(floors), ceil: times(out) }),
    ],
    see: { view: 'pool', axes, mode: 'max' },
    seeLabel: msg('pool.see', { window: `${k} × ${k}` }),
  };
}
