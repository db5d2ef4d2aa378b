import { linkCounts, transposedLinks } from '../indexMap';
import { dilatedKernel } from '../spec';
import { PICK_EVERY, PICK_ONE } from './common';
import type { Draw } from './draw';
import { msg } from './message';
import type { Level } from './topics';
import type { Question } from './types';

/** One transposed layer's settings on one axis. */
export interface Stamp {
  kernel: number;
  stride: number;
  dilation: number;
}

/**
 * How many kernel stamps cover each output cell away from the borders, over one period of the
 * stride: the engine's overlap counts of a transposed convolution (section 4.1's Cᵀ) on an input
 * long enough that every interior cell has all its stamps.
 *
 * @example interiorOverlap({ kernel: 3, stride: 2, dilation: 1 }) // [2, 1]: uneven, a checkerboard
 */
export function interiorOverlap(stamp: Stamp): number[] {
  const id = `${stamp.kernel},${stamp.stride},${stamp.dilation}`;
  const known = OVERLAPS.get(id);
  if (known) return known.slice();
  const counts = overlapOf(stamp);
  OVERLAPS.set(id, counts);
  return counts.slice();
}

/** Overlap counts already worked out: a set draws the same few settings many times. */
const OVERLAPS = new Map<string, number[]>();

function overlapOf(stamp: Stamp): number[] {
  const kHat = dilatedKernel(stamp.kernel, stamp.dilation);
  const input = kHat + 4;
  const counts = linkCounts(
    transposedLinks([input], {
      kernel: [stamp.kernel],
      stride: [stamp.stride],
      dilation: [stamp.dilation],
    }),
  );
  const start = kHat - 1;
  return Array.from(counts.slice(start, start + stamp.stride));
}

/** Uneven overlap: interior cells covered a different number of times (a checkerboard). */
export const isUneven = (stamp: Stamp): boolean => new Set(interiorOverlap(stamp)).size > 1;

const label = ({ kernel, stride, dilation }: Stamp) =>
  `kernel_size=${kernel}, stride=${stride}${dilation > 1 ? `, dilation=${dilation}` : ''}`;

const explain = (stamp: Stamp) =>
  msg(isUneven(stamp) ? 'checker.uneven' : 'checker.even', {
    settings: label(stamp),
    counts: interiorOverlap(stamp).join(', '),
    period: stamp.stride,
  });

const HINT = msg('checker.hint');

/**
 * Which transposed convolutions overlap unevenly (the checkerboard of Odena et al.): level 1 one
 * (k, s), yes or no; level 2 pick the uneven ones of four; level 3 the same with dilation.
 */
export function checkerboardQuestion(draw: Draw, level: Level): Question | null {
  const stampOf = (dilated: boolean): Stamp => {
    const kernel = draw.int(2, 6);
    return {
      kernel,
      stride: draw.int(1, Math.min(kernel, 4)),
      dilation: dilated ? draw.int(2, 3) : 1,
    };
  };
  if (level === 1) {
    const stamp = stampOf(false);
    if (stamp.stride === 1) return null;
    const uneven = isUneven(stamp);
    return {
      topic: 'checkerboard',
      level,
      key: `checker:${label(stamp)}`,
      prompt: msg('checker.prompt', { module: `nn.ConvTranspose2d(8, 8, ${label(stamp)})` }),
      format: PICK_ONE,
      answer: {
        kind: 'choice',
        options: [msg('checker.yes'), msg('checker.no')],
        correct: [uneven ? 0 : 1],
        multiple: false,
      },
      hint: HINT,
      solution: [explain(stamp)],
      see: seeOf(stamp),
      seeLabel: msg('checker.see'),
    };
  }
  const stamps: Stamp[] = [];
  for (let n = 0; n < 4; n++) stamps.push(stampOf(level === 3 && draw.chance(0.7)));
  // One order for the same four settings, so that they make one question.
  stamps.sort((a, b) => a.kernel - b.kernel || a.stride - b.stride || a.dilation - b.dilation);
  const labels = stamps.map(label);
  if (new Set(labels).size < stamps.length) return null;
  const uneven = stamps.flatMap((stamp, n) => (isUneven(stamp) ? [n] : []));
  if (uneven.length === 0 || uneven.length === stamps.length) return null;
  const shown = stamps.find((stamp) => isUneven(stamp)) ?? stamps[0];
  return {
    topic: 'checkerboard',
    level,
    key: `checker:${labels.join('|')}`,
    prompt: msg('checker.which'),
    format: PICK_EVERY,
    answer: {
      kind: 'choice',
      options: labels.map((code) => msg('code', { code })),
      correct: uneven,
      multiple: true,
    },
    hint: HINT,
    solution: stamps.map(explain),
    see: seeOf(shown),
    seeLabel: msg('checker.seeFirst', { settings: label(shown) }),
  };
}

function seeOf(stamp: Stamp) {
  const axis = {
    input: 4,
    kernel: stamp.kernel,
    stride: stamp.stride,
    dilation: stamp.dilation,
    padBefore: 0,
    padAfter: 0,
    outputPadding: 0,
  };
  return { view: 'transposed' as const, axes: [axis, axis], heat: true };
}
