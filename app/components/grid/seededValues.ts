import { seededIntegers } from '../../../engine';

/** The last few draws, by seed, count and range: a key press that keeps the input's size keeps its values. */
const drawn = new Map<string, Float64Array>();
const KEPT = 8;

/** `seededIntegers`, the same array while its arguments repeat (callers do not write to it). */
function draw(seed: number, count: number, min: number, max: number): Float64Array {
  const key = `${seed} ${count} ${min} ${max}`;
  let values = drawn.get(key);
  if (!values) {
    values = seededIntegers(seed, count, min, max);
    if (drawn.size >= KEPT) drawn.delete(drawn.keys().next().value!);
  }
  // Most recently used last.
  drawn.delete(key);
  drawn.set(key, values);
  return values;
}

/**
 * Input values 0…3 and kernel weights −1…2, small integers like the paper's figures, fixed by
 * the seed: the convolution and transposed views draw the same numbers for the same seed.
 *
 * @example seededValues(1, 25, 9).kernel.length // 9
 */
export function seededValues(seed: number, inputCount: number, kernelCount: number) {
  return {
    input: draw(seed, inputCount, 0, 3),
    kernel: draw(seed + 7919, kernelCount, -1, 2),
  };
}
