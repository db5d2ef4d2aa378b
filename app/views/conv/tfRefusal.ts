import { axisLabel, dilatedKernel, paddedSize, type AxisGeometry } from '../../../engine';

/**
 * TensorFlow's refusal of a kernel that does not fit, in English. The engine's sentence ends
 * with PyTorch's own words ("Kernel size can't be greater than actual input size"), which
 * TensorFlow does not print: this one names the same constraint, i + p₁ + p₂ ≥ k̂ with
 * k̂ = d(k − 1) + 1 (Relationship 15's dilated kernel), in TensorFlow's padding words, and
 * SAME as the way out (it always has a window: o = ⌈i/s⌉).
 *
 * @example tfNoWindow({ input: 3, kernel: 5, stride: 1, dilation: 1, padBefore: 0, padAfter: 0 }, 0) // "padding 'valid' leaves no window on axis 0 (height): the dilated kernel 5 (= 1·(5 − 1) + 1) is larger than the input 3 (padding 'same' always has one)"
 */
export function tfNoWindow(axis: AxisGeometry, index: number): string {
  const where = axisLabel(index, 2);
  const kHat = dilatedKernel(axis.kernel, axis.dilation);
  const kernel = `the dilated kernel ${kHat} (= ${axis.dilation}·(${axis.kernel} − 1) + 1)`;
  const same = "padding 'same' always has one";
  if (axis.padBefore + axis.padAfter === 0)
    return `padding 'valid' leaves no window on ${where}: ${kernel} is larger than the input ${axis.input} (${same})`;
  const padded = `${paddedSize(axis)} (= ${axis.input} + ${axis.padBefore} + ${axis.padAfter})`;
  return `explicit padding leaves no window on ${where}: ${kernel} is larger than the padded input ${padded} (${same})`;
}
