import { describe, expect, it } from 'vitest';
import { figureAxes } from '../../components/grid/figureAxes';
import type { AxisPair } from '../../url/fields';
import { convCode, type ConvCodeInput } from './codegen';

const sq = (n: number): AxisPair => [n, n];

/** The numbers per axis as a table row writes them. */
interface Pairs {
  input: AxisPair;
  kernel: AxisPair;
  stride: AxisPair;
  dilation: AxisPair;
  padBefore: AxisPair;
  padAfter: AxisPair;
  paddingMode: ConvCodeInput['paddingMode'];
  output: AxisPair | null;
}

/** A square, symmetric configuration: out is worked by hand with ⌊(i + 2p − d(k − 1) − 1)/s⌋ + 1. */
function square(i: number, k: number, s: number, p: number, out: number, d = 1): Pairs {
  return {
    input: sq(i),
    kernel: sq(k),
    stride: sq(s),
    dilation: sq(d),
    padBefore: sq(p),
    padAfter: sq(p),
    paddingMode: 'explicit',
    output: sq(out),
  };
}

function code(c: Pairs) {
  const pairs = { i: c.input, k: c.kernel, s: c.stride, d: c.dilation };
  const axes = figureAxes(pairs, (a) => ({ padBefore: c.padBefore[a], padAfter: c.padAfter[a] }));
  const [torch, tf] = convCode({ axes, paddingMode: c.paddingMode, output: c.output });
  return { torch, tf };
}

describe('convCode: the paper presets', () => {
  // TF SAME per axis: out = ⌈i/s⌉, P = max((out − 1)s + k̂ − i, 0), before ⌊P/2⌋.
  it.each([
    // figure, config, module args, functional args, tf.pad paddings or null, Keras args, TF note
    [
      '2.1',
      square(4, 3, 1, 0, 2),
      'kernel_size=3',
      '',
      null,
      "kernel_size=3, padding='valid'",
      null,
    ],
    // i5 k4 s1: P = 4 + 4 − 5 = 3 → (1, 2), PyTorch pads (2, 2)
    [
      '2.2',
      square(5, 4, 1, 2, 6),
      'kernel_size=4, padding=2',
      ', padding=2',
      '[[0, 0], [2, 2], [2, 2], [0, 0]]',
      "kernel_size=4, padding='valid'",
      "TensorFlow's 'same' would pad (1, 2) on each axis here; PyTorch pads (2, 2) on each axis, so the padding is explicit.",
    ],
    // i5 k3 s1: P = 4 + 3 − 5 = 2 → (1, 1) = PyTorch's
    [
      '2.3',
      square(5, 3, 1, 1, 5),
      'kernel_size=3, padding=1',
      ', padding=1',
      null,
      "kernel_size=3, padding='same'",
      null,
    ],
    [
      '2.4',
      { ...square(5, 3, 1, 2, 7), paddingMode: 'full' as const },
      'kernel_size=3, padding=2',
      ', padding=2',
      '[[0, 0], [2, 2], [2, 2], [0, 0]]',
      "kernel_size=3, padding='valid'",
      "TensorFlow's 'same' would pad (1, 1) on each axis here; PyTorch pads (2, 2) on each axis, so the padding is explicit.",
    ],
    [
      '2.5',
      square(5, 3, 2, 0, 2),
      'kernel_size=3, stride=2',
      ', stride=2',
      null,
      "kernel_size=3, strides=2, padding='valid'",
      null,
    ],
    // i5 k3 s2: out 3, P = 2·2 + 3 − 5 = 2 → (1, 1) = PyTorch's
    [
      '2.6',
      square(5, 3, 2, 1, 3),
      'kernel_size=3, stride=2, padding=1',
      ', stride=2, padding=1',
      null,
      "kernel_size=3, strides=2, padding='same'",
      null,
    ],
    // i6 k3 s2: out 3, P = 2·2 + 3 − 6 = 1 → (0, 1) ≠ (1, 1)
    [
      '2.7',
      square(6, 3, 2, 1, 3),
      'kernel_size=3, stride=2, padding=1',
      ', stride=2, padding=1',
      '[[0, 0], [1, 1], [1, 1], [0, 0]]',
      "kernel_size=3, strides=2, padding='valid'",
      "TensorFlow's 'same' would pad (0, 1) on each axis here; PyTorch pads (1, 1) on each axis, so the padding is explicit.",
    ],
    [
      '5.1',
      square(7, 3, 1, 0, 3, 2),
      'kernel_size=3, dilation=2',
      ', dilation=2',
      null,
      "kernel_size=3, padding='valid', dilation_rate=2",
      null,
    ],
  ])('figure %s', (_figure, c, moduleArgs, functionalArgs, tfPad, kerasArgs, tfNote) => {
    const { torch, tf } = code(c);
    const [i, o] = [c.input[0], (c.output as AxisPair)[0]];
    expect([torch.label, tf.label]).toEqual(['PyTorch', 'TensorFlow']);
    expect(torch.code).toContain(
      `x = torch.randn(1, 1, ${i}, ${i})  # (1, 1, ${i}, ${i}): N, C, H, W`,
    );
    expect(torch.code).toContain(
      `conv = nn.Conv2d(1, 1, ${moduleArgs})\ny = conv(x)  # → (1, 1, ${o}, ${o})`,
    );
    expect(torch.code).toContain(
      `y = F.conv2d(x, weight${functionalArgs})  # → (1, 1, ${o}, ${o})`,
    );
    expect(torch.code).not.toContain('F.pad');
    expect(tf.code).toContain(
      `x = tf.random.normal([1, ${i}, ${i}, 1])  # (1, ${i}, ${i}, 1): N, H, W, C`,
    );
    expect(tf.code).toContain(`conv = tf.keras.layers.Conv2D(filters=1, ${kerasArgs})`);
    expect(tf.code).toContain(`y = conv(x)  # → (1, ${o}, ${o}, 1)`);
    if (tfPad) expect(tf.code).toContain(`x = tf.pad(x, ${tfPad})`);
    else expect(tf.code).not.toContain('tf.pad');
    expect(tf.notes).toEqual(tfNote ? [tfNote] : []);
  });

  it('figure 2.4 (full padding) explains the explicit d(k − 1)', () => {
    const { torch } = code({ ...square(5, 3, 1, 2, 7), paddingMode: 'full' });
    expect(torch.notes).toEqual([
      "PyTorch has no padding='full'; padding=2, which is d·(k − 1), gives it.",
    ]);
  });

  it('explicit presets carry no PyTorch notes', () => {
    expect(code(square(5, 3, 2, 1, 3)).torch.notes).toEqual([]);
  });
});

describe('convCode: padding forms', () => {
  it('unequal padding goes through F.pad, last axis first, and the conv pads nothing', () => {
    // H: 5 + 1 + 2 − 3 + 1 = 6; W: 6 + 0 + 1 − 3 + 1 = 5
    const { torch, tf } = code({
      ...square(5, 3, 1, 0, 0),
      input: [5, 6],
      padBefore: [1, 0],
      padAfter: [2, 1],
      output: [6, 5],
    });
    expect(torch.code).toContain('x = F.pad(x, (0, 1, 1, 2))  # → (1, 1, 8, 7)');
    expect(torch.code).toContain('conv = nn.Conv2d(1, 1, kernel_size=3)\n');
    expect(torch.code).toContain('y = F.conv2d(x, weight)  # → (1, 1, 6, 5)');
    expect(torch.notes).toHaveLength(1);
    expect(torch.notes?.[0]).toContain('(1, 2) on the height and (0, 1) on the width');
    expect(tf.code).toContain('x = tf.pad(x, [[0, 0], [1, 2], [0, 1], [0, 0]])  # → (1, 8, 7, 1)');
    expect(tf.code).toContain("padding='valid'");
  });

  it("'same' with stride 2: PyTorch's refusal is noted, the code is still shown", () => {
    const { torch, tf } = code({ ...square(5, 3, 2, 1, 0), paddingMode: 'same', output: null });
    expect(torch.code).toContain("nn.Conv2d(1, 1, kernel_size=3, stride=2, padding='same')");
    expect(torch.code).toContain("F.conv2d(x, weight, stride=2, padding='same')");
    expect(torch.notes?.[0]).toMatch(/^PyTorch raises/);
    expect(torch.notes).toContain(
      "PyTorch refuses padding='same' with a stride other than 1: ValueError: padding='same' is not supported for strided convolutions.",
    );
    expect(tf.notes?.[0]).toMatch(/^PyTorch raises/);
  });

  it.each([
    // k3: total 2 → (1, 1); k4: total 3 → (1, 2), and TF SAME puts the odd cell after too
    [3, [1, 1], [1, 1]],
    [4, [1, 1], [2, 2]],
  ])("'same' with stride 1, k = %i, is 'same' in both", (k, before, after) => {
    const { torch, tf } = code({
      ...square(5, k, 1, 0, 5),
      padBefore: before as AxisPair,
      padAfter: after as AxisPair,
      paddingMode: 'same',
    });
    expect(torch.code).toContain(`nn.Conv2d(1, 1, kernel_size=${k}, padding='same')`);
    expect(torch.code).not.toContain('F.pad');
    expect(torch.notes).toEqual([]);
    expect(tf.code).toContain(`Conv2D(filters=1, kernel_size=${k}, padding='same')`);
    expect(tf.notes).toEqual([]);
  });

  it("'valid' is written out", () => {
    const { torch, tf } = code({ ...square(5, 3, 1, 0, 3), paddingMode: 'valid' });
    expect(torch.code).toContain("nn.Conv2d(1, 1, kernel_size=3, padding='valid')");
    expect(tf.code).toContain("Conv2D(filters=1, kernel_size=3, padding='valid')");
  });

  it('non-square pairs are tuples; TF SAME matches on both axes', () => {
    // H: ⌊(7 + 2 − 3)/2⌋ + 1 = 4, TF P = 3·2 + 3 − 7 = 2 → (1, 1);
    // W: 9 + 4 − 5 + 1 = 9, TF P = 8 + 5 − 9 = 4 → (2, 2)
    const { torch, tf } = code({
      input: [7, 9],
      kernel: [3, 5],
      stride: [2, 1],
      dilation: [1, 1],
      padBefore: [1, 2],
      padAfter: [1, 2],
      paddingMode: 'explicit',
      output: [4, 9],
    });
    expect(torch.code).toContain(
      'nn.Conv2d(1, 1, kernel_size=(3, 5), stride=(2, 1), padding=(1, 2))',
    );
    expect(torch.code).toContain('weight = torch.randn(1, 1, 3, 5)');
    expect(tf.code).toContain(
      "Conv2D(filters=1, kernel_size=(3, 5), strides=(2, 1), padding='same')",
    );
    expect(tf.code).toContain('# → (1, 4, 9, 1)');
  });

  it('TF SAME matching one axis only still pads explicitly', () => {
    // H: i5 → (1, 1) matches; W: i6 → P = 2·2 + 3 − 6 = 1 → (0, 1) does not
    const { tf } = code({ ...square(5, 3, 2, 1, 3), input: [5, 6] });
    expect(tf.code).toContain('x = tf.pad(x, [[0, 0], [1, 1], [1, 1], [0, 0]])  # → (1, 7, 8, 1)');
    expect(tf.notes).toEqual([
      "TensorFlow's 'same' would pad (1, 1) on the height and (0, 1) on the width here; PyTorch pads (1, 1) on each axis, so the padding is explicit.",
    ]);
  });
});

describe('convCode: stride with dilation in Keras', () => {
  it('runs at stride 1 and keeps every stride-th output', () => {
    // ⌊(9 − 5)/2⌋ + 1 = 3
    const { torch, tf } = code(square(9, 3, 2, 0, 3, 2));
    expect(torch.code).toContain('nn.Conv2d(1, 1, kernel_size=3, stride=2, dilation=2)');
    expect(tf.code).toContain("Conv2D(filters=1, kernel_size=3, padding='valid', dilation_rate=2)");
    expect(tf.code).toContain('y = conv(x)[:, ::2, ::2, :]  # → (1, 3, 3, 1)');
    expect(tf.notes).toHaveLength(1);
    expect(tf.notes?.[0]).toContain('Keras documentation');
  });

  it("uses 'same' when TF's stride-1 SAME padding is PyTorch's", () => {
    // PyTorch: ⌊(9 + 4 − 5)/2⌋ + 1 = 5; TF stride 1: P = 8 + 5 − 9 = 4 → (2, 2)
    const { tf } = code(square(9, 3, 2, 2, 5, 2));
    expect(tf.code).toContain("Conv2D(filters=1, kernel_size=3, padding='same', dilation_rate=2)");
    expect(tf.code).toContain('[:, ::2, ::2, :]');
    expect(tf.code).not.toContain('tf.pad');
  });

  it('keeps a stride-1 axis whole in the slice', () => {
    const { tf } = code({ ...square(9, 3, 2, 0, 3, 2), stride: [2, 1], output: [3, 5] });
    expect(tf.code).toContain('y = conv(x)[:, ::2, :, :]  # → (1, 3, 5, 1)');
  });
});

describe('convCode: TensorFlow’s SAME (fw=tf)', () => {
  it('i 6, k 3, s 2: PyTorch pads (0, 1) with F.pad, Keras says same; HWIO kernel named', () => {
    const axis = { input: 6, kernel: 3, stride: 2, dilation: 1, padBefore: 0, padAfter: 1 };
    const [torch, tf] = convCode({ axes: [axis, axis], paddingMode: 'explicit', output: [3, 3] });
    expect(torch.code).toContain('x = F.pad(x, (0, 1, 0, 1))');
    expect(torch.code).toContain('nn.Conv2d(1, 1, kernel_size=3, stride=2)');
    expect(tf.code).toContain("padding='same'");
    expect(tf.code).toContain('# conv.kernel: (3, 3, 1, 1), HWIO');
  });
});
