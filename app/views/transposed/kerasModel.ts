/**
 * The transposed view with Keras' rules (`fw=tf`): `Conv2DTranspose(padding, output_padding)`
 * per axis from the engine (`kerasTransposeAxis`), and the PyTorch parameters the figure draws:
 * the ConvTranspose2d whose result TensorFlow's is, or holds with cells sliced off its end.
 */
import {
  axisMsg,
  kerasTransposeAxis,
  type Fix,
  type KerasTransposeAxis,
  type Msg,
} from '../../../engine';
import type { AxisPair } from '../../url/fields';
import type { ViewParams } from '../../url/schema';

export interface KerasTransposeInfo {
  padding: 'valid' | 'same';
  /** Keras' `output_padding`, null for None (inferred). */
  outputPadding: AxisPair | null;
  axes: readonly [KerasTransposeAxis, KerasTransposeAxis];
  /** Keras' output size. */
  output: AxisPair;
  /** PyTorch's `padding` and `output_padding` for the figure. */
  torch: { p: AxisPair; op: AxisPair };
  /** Why Keras or TensorFlow refuses, with fixes; null when it runs. */
  problem: { message: string; explain: Msg[]; fixes: Fix[] } | null;
}

const AXES = ['height', 'width'] as const;

export function kerasTransposeInfo(params: ViewParams<'transposed'>): KerasTransposeInfo {
  const padding = params.tfpad;
  const op = params.kop;
  const axes = [0, 1].map((a) =>
    kerasTransposeAxis(
      params.i[a],
      params.k[a],
      params.s[a],
      params.d[a],
      padding,
      op?.[a] ?? null,
    ),
  ) as [KerasTransposeAxis, KerasTransposeAxis];
  const messages: string[] = [];
  const explain: Msg[] = [];
  const fixes: Fix[] = [];
  if (params.s.some((s) => s > 1) && params.d.some((d) => d > 1)) {
    messages.push(
      'Keras’ Conv2DTranspose documents that a stride above 1 cannot be combined with a dilation_rate above 1',
    );
    explain.push({ id: 'transposed.err.kerasStrideDilation' });
    fixes.push({
      label: 'Dilation → 1',
      changes: [0, 1].map((axis) => ({ param: 'dilation' as const, axis, value: 1 })),
    });
  }
  axes.forEach((axis, a) => {
    if (!axis.problem) return;
    messages.push(`${AXES[a]}: ${axis.problem}`);
    if (axis.explain) {
      explain.push({
        id: 'transposed.err.onAxis',
        values: { axis: axisMsg(a, 2), reason: axis.explain },
      });
    }
    const stride = params.s[a];
    // Keras' output_padding must be below the stride; SAME with an even k̂ needs at least 1.
    const value = (op?.[a] ?? 0) >= stride ? stride - 1 : 1;
    if (value < stride) {
      fixes.push({
        label: `output_padding → ${value} (${AXES[a]})`,
        changes: [{ param: 'outputPadding', axis: a, value }],
      });
    }
  });
  return {
    padding,
    outputPadding: op,
    axes,
    output: [axes[0].output, axes[1].output],
    torch: {
      p: [axes[0].torchPadding, axes[1].torchPadding],
      op: [axes[0].torchOutputPadding, axes[1].torchOutputPadding],
    },
    problem: messages.length ? { message: messages.join('; '), explain, fixes } : null,
  };
}

/**
 * A fix of the Keras state as a URL patch: output padding changes Keras' `kop` (None becomes
 * the value on that axis and 0 on the other), the rest their usual keys.
 */
export function kerasFixPatch(
  params: ViewParams<'transposed'>,
  fix: Fix,
): Partial<ViewParams<'transposed'>> {
  const patch: Partial<ViewParams<'transposed'>> = {};
  for (const { param, axis, value } of fix.changes) {
    if (param === 'outputPadding') {
      const kop: AxisPair = [...(patch.kop ?? params.kop ?? [0, 0])];
      kop[axis] = value;
      patch.kop = kop;
    } else if (param === 'dilation') {
      const d: AxisPair = [...(patch.d ?? params.d)];
      d[axis] = value;
      patch.d = d;
    }
  }
  return patch;
}
