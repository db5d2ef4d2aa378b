import { describe, expect, it } from 'vitest';
import { figureAxes } from '../../components/grid/figureAxes';
import type { AxisPair } from '../../url/fields';
import { poolCode } from './codegen';

const sq = (n: number): AxisPair => [n, n];

/** The numbers per axis as a table row writes them. */
interface Pairs {
  mode: 'max' | 'avg';
  input: AxisPair;
  kernel: AxisPair;
  stride: AxisPair;
  padding: AxisPair;
  dilation: AxisPair;
  ceilMode: boolean;
  countIncludePad: boolean;
  output: AxisPair | null;
}

/**
 * A square configuration; out is worked by hand from ⌊(i + 2p − d(k − 1) − 1)/s⌋ + 1 (or ⌈…⌉ + 1
 * in ceil mode, dropping a window that would start in the right padding).
 */
function square(
  mode: 'max' | 'avg',
  i: number,
  k: number,
  s: number,
  p: number,
  out: number,
  extra: Partial<Pairs> = {},
): Pairs {
  return {
    mode,
    input: sq(i),
    kernel: sq(k),
    stride: sq(s),
    padding: sq(p),
    dilation: sq(1),
    ceilMode: false,
    countIncludePad: true,
    output: sq(out),
    ...extra,
  };
}

function code(c: Pairs) {
  const pairs = { i: c.input, k: c.kernel, s: c.stride, d: c.dilation };
  const own = (a: 0 | 1) => ({
    padBefore: c.padding[a],
    padAfter: c.padding[a],
    ceilMode: c.ceilMode,
  });
  const input = { ...c, axes: figureAxes(pairs, own) };
  const [torch, tf] = poolCode(input);
  return { torch, tf };
}

describe('poolCode: the paper presets (i5 k3 s1 p0 → 3)', () => {
  it.each([
    ['1.5', 'avg', 'nn.AvgPool2d(3, stride=1)', 'AveragePooling2D'],
    ['1.6', 'max', 'nn.MaxPool2d(3, stride=1)', 'MaxPool2D'],
  ] as const)('figure %s (%s)', (_figure, mode, torchLayer, kerasLayer) => {
    const { torch, tf } = code(square(mode, 5, 3, 1, 0, 3));
    expect([torch.label, tf.label]).toEqual(['PyTorch', 'TensorFlow']);
    expect(torch.code).toContain('x = torch.randn(1, 1, 5, 5)  # (1, 1, 5, 5): N, C, H, W');
    expect(torch.code).toContain(`pool = ${torchLayer}\ny = pool(x)  # → (1, 1, 3, 3)`);
    expect(tf.code).toContain('x = tf.random.normal([1, 5, 5, 1])  # (1, 5, 5, 1): N, H, W, C');
    expect(tf.code).toContain(
      `pool = tf.keras.layers.${kerasLayer}(pool_size=3, strides=1, padding='valid')\ny = pool(x)  # → (1, 3, 3, 1)`,
    );
    expect(tf.code).not.toContain('tf.pad');
    expect(torch.notes).toEqual([]);
    expect(tf.notes).toEqual([]);
  });
});

describe('poolCode: PyTorch arguments', () => {
  it('omits the stride when it is the kernel size, and says so', () => {
    const { torch, tf } = code(square('max', 4, 2, 2, 0, 2));
    expect(torch.code).toContain('pool = nn.MaxPool2d(2)  # stride defaults to kernel_size');
    expect(tf.code).toContain("MaxPool2D(pool_size=2, padding='valid')");
  });

  it('writes tuples for non-square pairs', () => {
    // H: ⌊(4 − 2)/2⌋ + 1 = 2; W: 5 − 3 + 1 = 3
    const { torch, tf } = code({
      ...square('max', 4, 2, 2, 0, 2),
      input: [4, 5],
      kernel: [2, 3],
      stride: [2, 1],
      output: [2, 3],
    });
    expect(torch.code).toContain('nn.MaxPool2d((2, 3), stride=(2, 1))');
    expect(tf.code).toContain("MaxPool2D(pool_size=(2, 3), strides=(2, 1), padding='valid')");
  });

  it('writes ceil_mode and count_include_pad only away from their defaults', () => {
    const avg = square('avg', 6, 3, 2, 1, 4, { ceilMode: true, countIncludePad: false });
    expect(code(avg).torch.code).toContain(
      'nn.AvgPool2d(3, stride=2, padding=1, ceil_mode=True, count_include_pad=False)',
    );
    expect(code(square('avg', 5, 3, 2, 1, 3)).torch.code).toContain(
      'nn.AvgPool2d(3, stride=2, padding=1)\n',
    );
  });

  it('notes when PyTorch raises', () => {
    const { torch, tf } = code({ ...square('max', 2, 3, 1, 0, 0), output: null });
    expect(torch.notes?.[0]).toMatch(/^PyTorch raises/);
    expect(tf.notes?.[0]).toMatch(/^PyTorch raises/);
  });
});

describe('poolCode: max pooling in TensorFlow', () => {
  it("uses 'same' when TF's SAME padding is PyTorch's", () => {
    // i5 k3 s2 p1 → 3; TF SAME: out 3, P = 2·2 + 3 − 5 = 2 → (1, 1)
    const { tf } = code(square('max', 5, 3, 2, 1, 3));
    expect(tf.code).toContain("MaxPool2D(pool_size=3, strides=2, padding='same')");
    expect(tf.code).not.toContain('tf.pad');
    expect(tf.notes?.[0]).toContain("'same' pads (1, 1) on each axis");
  });

  it('pads with −∞ otherwise', () => {
    // i6 k3 s2 p1 → ⌊5/2⌋ + 1 = 3; TF SAME: P = 2·2 + 3 − 6 = 1 → (0, 1)
    const { tf } = code(square('max', 6, 3, 2, 1, 3));
    expect(tf.code).toContain(
      "x = tf.pad(x, [[0, 0], [1, 1], [1, 1], [0, 0]], constant_values=float('-inf'))  # → (1, 8, 8, 1)",
    );
    expect(tf.code).toContain("MaxPool2D(pool_size=3, strides=2, padding='valid')");
    expect(tf.notes).toHaveLength(1);
    expect(tf.notes?.[0]).toContain('−∞');
  });

  it('ceil_mode: one more −∞ cell after reaches the last, partial window', () => {
    // i6 k3 s2 p1 ceil → ⌈5/2⌉ + 1 = 4 (start 6 < 6 + 1, kept); VALID needs 3·2 + 3 = 9 = 6 + 1 + 2
    const { torch, tf } = code(square('max', 6, 3, 2, 1, 4, { ceilMode: true }));
    expect(torch.code).toContain('nn.MaxPool2d(3, stride=2, padding=1, ceil_mode=True)');
    expect(tf.code).toContain(
      "x = tf.pad(x, [[0, 0], [1, 2], [1, 2], [0, 0]], constant_values=float('-inf'))  # → (1, 9, 9, 1)",
    );
    expect(tf.code).toContain('# → (1, 4, 4, 1)');
    expect(
      tf.notes?.some((note) => note.startsWith('ceil_mode has no TensorFlow equivalent')),
    ).toBe(true);
  });

  it("ceil_mode that TF's SAME already covers", () => {
    // i5 k2 s2 ceil → ⌈3/2⌉ + 1 = 3 (start 4 < 5, kept); TF SAME: out 3, P = 2·2 + 2 − 5 = 1 → (0, 1)
    const { torch, tf } = code(square('max', 5, 2, 2, 0, 3, { ceilMode: true }));
    expect(torch.code).toContain(
      'nn.MaxPool2d(2, ceil_mode=True)  # stride defaults to kernel_size',
    );
    expect(tf.code).toContain("MaxPool2D(pool_size=2, padding='same')");
    expect(tf.code).not.toContain('tf.pad');
  });

  it('dilation uses tf.nn.pool', () => {
    // i7 k3 d2 s1 → 7 − 5 + 1 = 3
    const { torch, tf } = code(square('max', 7, 3, 1, 0, 3, { dilation: [2, 2] }));
    expect(torch.code).toContain('nn.MaxPool2d(3, stride=1, dilation=2)');
    expect(tf.code).toContain(
      "y = tf.nn.pool(x, window_shape=[3, 3], pooling_type='MAX', padding='VALID', dilations=[2, 2])  # → (1, 3, 3, 1)",
    );
    expect(tf.notes).toEqual(["Keras' MaxPool2D has no dilation, so the code uses tf.nn.pool."]);
  });

  it('dilation with stride: pools at stride 1 and keeps every stride-th window', () => {
    // i9 k3 d2 s2 → ⌊(9 − 5)/2⌋ + 1 = 3
    const { tf } = code(square('max', 9, 3, 2, 0, 3, { dilation: [2, 2] }));
    expect(tf.code).toContain(
      "y = tf.nn.pool(x, window_shape=[3, 3], pooling_type='MAX', padding='VALID', dilations=[2, 2])[:, ::2, ::2, :]  # → (1, 3, 3, 1)",
    );
    expect(tf.notes?.some((note) => note.includes('strides of 1'))).toBe(true);
  });
});

describe('poolCode: average pooling in TensorFlow', () => {
  it('count_include_pad=True: zero padding, then valid', () => {
    // i5 k3 s2 p1 → 3
    const { tf } = code(square('avg', 5, 3, 2, 1, 3));
    expect(tf.code).toContain('x = tf.pad(x, [[0, 0], [1, 1], [1, 1], [0, 0]])  # → (1, 7, 7, 1)');
    expect(tf.code).toContain("AveragePooling2D(pool_size=3, strides=2, padding='valid')");
    expect(tf.code).not.toContain('mask');
    expect(tf.notes).toHaveLength(1);
    expect(tf.notes?.[0]).toContain('count_include_pad=True');
  });

  it("count_include_pad=False: 'same' when TF's SAME padding is PyTorch's", () => {
    const { tf } = code(square('avg', 5, 3, 2, 1, 3, { countIncludePad: false }));
    expect(tf.code).toContain("AveragePooling2D(pool_size=3, strides=2, padding='same')");
    expect(tf.code).not.toContain('tf.pad');
  });

  it('count_include_pad=False otherwise: the pooled mask of real cells is the divisor', () => {
    // i6 k3 s2 p1 → 3; TF SAME would pad (0, 1)
    const { tf } = code(square('avg', 6, 3, 2, 1, 3, { countIncludePad: false }));
    expect(tf.code).toContain('mask = tf.pad(tf.ones_like(x), [[0, 0], [1, 1], [1, 1], [0, 0]])');
    expect(tf.code).toContain('x = tf.pad(x, [[0, 0], [1, 1], [1, 1], [0, 0]])  # → (1, 8, 8, 1)');
    expect(tf.code).toContain('y = pool(x) / pool(mask)  # → (1, 3, 3, 1)');
    expect(tf.notes).toHaveLength(1);
    expect(tf.notes?.[0]).toContain('no direct equivalent of count_include_pad=False');
    expect(tf.notes?.[0]).toContain("'same' would pad (0, 1) on each axis");
  });

  it('ceil_mode with count_include_pad=True: the mask covers input and padding, not the overhang', () => {
    // i6 k3 s2 p1 ceil → 4; 1-D check: [1..6] gives sums 3, 9, 15, 6 over counts 3, 3, 3, 2
    const { tf } = code(square('avg', 6, 3, 2, 1, 4, { ceilMode: true }));
    expect(tf.code).toContain(
      'mask = tf.pad(tf.ones([1, 8, 8, 1]), [[0, 0], [0, 1], [0, 1], [0, 0]])',
    );
    expect(tf.code).toContain('x = tf.pad(x, [[0, 0], [1, 2], [1, 2], [0, 0]])  # → (1, 9, 9, 1)');
    expect(tf.code).toContain('y = pool(x) / pool(mask)  # → (1, 4, 4, 1)');
    expect(tf.notes).toHaveLength(1);
    expect(tf.notes?.[0]).toMatch(/^ceil_mode has no TensorFlow equivalent/);
  });

  it('ceil_mode with count_include_pad=False: real cells only, both notes', () => {
    const { tf } = code(square('avg', 6, 3, 2, 1, 4, { ceilMode: true, countIncludePad: false }));
    expect(tf.code).toContain('mask = tf.pad(tf.ones_like(x), [[0, 0], [1, 2], [1, 2], [0, 0]])');
    expect(tf.notes).toHaveLength(2);
  });
});
