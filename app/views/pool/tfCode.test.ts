import { describe, expect, it } from 'vitest';
import { poolCode } from './codegen';

const axis = (
  input: number,
  kernel: number,
  stride: number,
  padBefore: number,
  padAfter: number,
) => ({
  input,
  kernel,
  stride,
  dilation: 1,
  padBefore,
  padAfter,
  ceilMode: false,
});

// The PyTorch forms below are the ones scripts/vectors/gen_tfpool.py checks against PyTorch 1.13.

describe('poolCode with TensorFlow’s rules', () => {
  it('max, SAME (0, 1): Keras MaxPooling2D on NHWC; PyTorch pads −∞ with F.pad', () => {
    const a = axis(6, 3, 2, 0, 1);
    const [torch, tf] = poolCode({
      mode: 'max',
      axes: [a, a],
      countIncludePad: false,
      output: [3, 3],
      tf: { padding: 'SAME', ceil: false },
    });
    expect(tf.code).toContain(
      "pool = tf.keras.layers.MaxPooling2D(pool_size=3, strides=2, padding='same')",
    );
    expect(tf.code).toContain('x = tf.random.normal([1, 6, 6, 1])  # (1, 6, 6, 1): N, H, W, C');
    expect(tf.code).toContain('y = pool(x)  # → (1, 3, 3, 1)');
    expect(torch.code).toContain("x = F.pad(x, (0, 1, 0, 1), value=float('-inf'))");
    expect(torch.code).toContain('pool = nn.MaxPool2d(3, stride=2)\ny = pool(x)  # → (1, 1, 3, 3)');
  });

  it('avg, SAME (1, 1): PyTorch’s own padding with count_include_pad=False', () => {
    const a = axis(5, 3, 2, 1, 1);
    const [torch, tf] = poolCode({
      mode: 'avg',
      axes: [a, a],
      countIncludePad: false,
      output: [3, 3],
      tf: { padding: 'SAME', ceil: false },
    });
    expect(torch.code).toContain('nn.AvgPool2d(3, stride=2, padding=1, count_include_pad=False)');
    expect(torch.code).not.toContain('F.pad(x');
    expect(tf.code).toContain(
      "tf.keras.layers.AveragePooling2D(pool_size=3, strides=2, padding='same')",
    );
  });

  it('avg, SAME (0, 1) on the height only: window sums ÷ counted input cells', () => {
    const [torch] = poolCode({
      mode: 'avg',
      axes: [axis(6, 2, 2, 0, 1), axis(4, 2, 2, 0, 0)].map((a, i) =>
        i ? a : axis(5, 2, 2, 0, 1),
      ) as never,
      countIncludePad: false,
      output: [3, 2],
      tf: { padding: 'SAME', ceil: false },
    });
    expect(torch.code).toContain('pads = (0, 0, 0, 1)  # left, right, top, bottom');
    expect(torch.code).toContain('sums = nn.AvgPool2d(2, divisor_override=1)');
    expect(torch.code).toContain(
      'y = sums(F.pad(x, pads)) / sums(F.pad(torch.ones_like(x), pads))',
    );
  });

  it('VALID: no padding anywhere; ceil=1 is named as PyTorch’s only', () => {
    const a = axis(7, 2, 3, 0, 0);
    const [torch, tf] = poolCode({
      mode: 'avg',
      axes: [a, a],
      countIncludePad: false,
      output: [2, 2],
      tf: { padding: 'VALID', ceil: true },
    });
    expect(torch.code).toContain('pool = nn.AvgPool2d(2, stride=3)\n');
    expect(tf.code).toContain("padding='valid'");
    expect(tf.notes?.join(' ')).toContain('TensorFlow has no ceil_mode');
    expect(torch.notes?.join(' ')).toContain('TensorFlow has no ceil_mode');
  });
});
