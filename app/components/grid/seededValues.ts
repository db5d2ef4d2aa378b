import { seededIntegers } from '../../../engine';

/**
 * Input values 0…3 and kernel weights −1…2, small integers like the paper's figures, fixed by
 * the seed: the convolution and transposed views draw the same numbers for the same seed.
 *
 * @example seededValues(1, 25, 9).kernel.length // 9
 */
export function seededValues(seed: number, inputCount: number, kernelCount: number) {
  return {
    input: seededIntegers(seed, inputCount, 0, 3),
    kernel: seededIntegers(seed + 7919, kernelCount, -1, 2),
  };
}
