import type { AxisGeometry, SamePortAxis } from '../../../engine';
import { fmtPair } from '../../components/codeFormat';
import { formatSize } from '../../components/format';

/**
 * The PyTorch that gives TensorFlow's SAME convolution exactly: TensorFlow's zeros added with
 * `F.pad` (last axis first), then a convolution without padding.
 *
 * @example convMatchCode(port, axes) // "x = F.pad(x, (0, 1, 0, 1))  # left, right, top, bottom\nconv = nn.Conv2d(1, 1, kernel_size=3, stride=2)  # padding=0 → 3 × 3"
 */
export function convMatchCode(
  port: readonly [SamePortAxis, SamePortAxis],
  axes: readonly [AxisGeometry, AxisGeometry],
): string {
  const [h, w] = [port[0].tf, port[1].tf];
  const pair = (f: (a: AxisGeometry) => number) => fmtPair([f(axes[0]), f(axes[1])]);
  const dilation = axes.some((a) => a.dilation !== 1)
    ? `, dilation=${pair((a) => a.dilation)}`
    : '';
  return (
    `x = F.pad(x, (${w.padBefore}, ${w.padAfter}, ${h.padBefore}, ${h.padAfter}))  # left, right, top, bottom\n` +
    `conv = nn.Conv2d(1, 1, kernel_size=${pair((a) => a.kernel)}, stride=${pair((a) => a.stride)}${dilation})` +
    `  # padding=0 → ${formatSize([h.output, w.output], ' ')}`
  );
}
