import { describe, expect, it } from 'vitest';
import { figureAxes } from '../../components/grid/figureAxes';
import type { AxisPair } from '../../url/fields';
import { transposedCode } from './codegen';

const sq = (n: number): AxisPair => [n, n];

/** The numbers per axis as a table row writes them. */
interface Pairs {
  input: AxisPair;
  kernel: AxisPair;
  stride: AxisPair;
  padding: AxisPair;
  dilation: AxisPair;
  outputPadding: AxisPair;
  output: AxisPair | null;
}

/** A square configuration; out = (i − 1)s − 2p + d(k − 1) + a + 1, worked by hand. */
function square(
  i: number,
  k: number,
  s: number,
  p: number,
  a: number,
  out: number | null,
  d = 1,
): Pairs {
  return {
    input: sq(i),
    kernel: sq(k),
    stride: sq(s),
    padding: sq(p),
    dilation: sq(d),
    outputPadding: sq(a),
    output: out === null ? null : sq(out),
  };
}

function code(c: Pairs) {
  const pairs = { i: c.input, k: c.kernel, s: c.stride, d: c.dilation };
  const own = (a: 0 | 1) => ({
    padBefore: c.padding[a],
    padAfter: c.padding[a],
    outputPadding: c.outputPadding[a],
  });
  const [torch, tf] = transposedCode({ axes: figureAxes(pairs, own), output: c.output });
  return { torch, tf };
}

const KERAS = 'tf.keras.layers.Conv2DTranspose(filters=1, ';

describe('transposedCode: the paper presets', () => {
  it.each([
    // figure, config, PyTorch args, output_size min, max, Keras args or null (hand-cropped)
    ['4.1', square(2, 3, 1, 0, 0, 4), 'kernel_size=3', 4, 4, "kernel_size=3, padding='valid'"],
    ['4.2', square(6, 4, 1, 2, 0, 5), 'kernel_size=4, padding=2', 5, 5, null],
    [
      '4.3',
      square(5, 3, 1, 1, 0, 5),
      'kernel_size=3, padding=1',
      5,
      5,
      "kernel_size=3, padding='same'",
    ],
    ['4.4', square(7, 3, 1, 2, 0, 5), 'kernel_size=3, padding=2', 5, 5, null],
    [
      '4.5',
      square(2, 3, 2, 0, 0, 5),
      'kernel_size=3, stride=2',
      5,
      6,
      "kernel_size=3, strides=2, padding='valid'",
    ],
    [
      '4.6',
      square(3, 3, 2, 1, 0, 5),
      'kernel_size=3, stride=2, padding=1',
      5,
      6,
      "kernel_size=3, strides=2, padding='same', output_padding=0",
    ],
    [
      '4.7',
      square(3, 3, 2, 1, 1, 6),
      'kernel_size=3, stride=2, padding=1, output_padding=1',
      5,
      6,
      null,
    ],
  ])('figure %s', (_figure, c, torchArgs, min, max, kerasArgs) => {
    const { torch, tf } = code(c);
    const [i, o] = [c.input[0], (c.output as AxisPair)[0]];
    expect([torch.label, tf.label]).toEqual(['PyTorch', 'TensorFlow']);
    expect(torch.code).toContain(
      `x = torch.randn(1, 1, ${i}, ${i})  # (1, 1, ${i}, ${i}): N, C, H, W`,
    );
    expect(torch.code).toContain(
      `up = nn.ConvTranspose2d(1, 1, ${torchArgs})\ny = up(x)  # → (1, 1, ${o}, ${o})`,
    );
    expect(torch.code).toContain(`valid sizes range from [${min}, ${min}] to [${max}, ${max}]`);
    expect(torch.code).toContain(`y = up(x, output_size=[${o}, ${o}])  # → (1, 1, ${o}, ${o})`);
    const functionalArgs = torchArgs.replace(/^kernel_size=\d+(, )?/, '');
    expect(torch.code).toContain(
      `y = F.conv_transpose2d(x, weight${functionalArgs ? `, ${functionalArgs}` : ''})  # → (1, 1, ${o}, ${o})`,
    );
    expect(torch.code).not.toContain('dilation');
    expect(torch.notes).toEqual([]);
    if (kerasArgs) {
      expect(tf.code).toContain(`up = ${KERAS}${kerasArgs})\ny = up(x)  # → (1, ${o}, ${o}, 1)`);
      expect(tf.code).not.toContain('tf.nn.conv2d_transpose');
      expect(tf.notes).toEqual([]);
    } else {
      expect(tf.code).not.toContain(KERAS);
      expect(tf.notes).toHaveLength(1);
      expect(tf.notes?.[0]).toMatch(/^Keras' Conv2DTranspose cannot match this/);
    }
  });

  it.each([
    // figure, config, full (i − 1)s + k̂, crop start p
    ['4.2', square(6, 4, 1, 2, 0, 5), 9, 2, 1],
    ['4.4', square(7, 3, 1, 2, 0, 5), 9, 2, 1],
    ['4.7', square(3, 3, 2, 1, 1, 6), 7, 1, 2],
  ])('figure %s: crops the full VALID result', (_figure, c, full, p, s) => {
    const o = (c.output as AxisPair)[0];
    const { tf } = code(c);
    expect(tf.code).toContain(`w = tf.random.normal([${c.kernel[0]}, ${c.kernel[0]}, 1, 1])`);
    expect(tf.code).toContain(
      `y = tf.nn.conv2d_transpose(x, w, output_shape=[1, ${full}, ${full}, 1], strides=${s}, padding='VALID')  # → (1, ${full}, ${full}, 1)`,
    );
    expect(tf.code).toContain(`y = y[:, ${p}:${p + o}, ${p}:${p + o}, :]`);
    expect(tf.code).toContain(`→ (1, ${o}, ${o}, 1)`);
    expect(tf.code).not.toContain('tf.pad');
  });

  it('figure 4.7: PyTorch keeps cells 1 … 6 of the 7-cell full result', () => {
    expect(code(square(3, 3, 2, 1, 1, 6)).tf.notes?.[0]).toContain('1 … 6 of 7 on each axis');
  });
});

describe('transposedCode: Keras forms', () => {
  it("k4 s2 p1 doubles the size: 'same' with the inferred size, no output_padding", () => {
    // out = 2·2 − 2 + 3 + 1 = 6 = i·s; TF: P = 8 − 6 = 2, kept from 1 = p
    const { tf } = code(square(3, 4, 2, 1, 0, 6));
    expect(tf.code).toContain(`up = ${KERAS}kernel_size=4, strides=2, padding='same')`);
  });

  it("'valid' with output_padding when Keras would infer another size", () => {
    // out = 1·2 + 2 + 1 + 1 = 6; Keras infers 2·2 + max(3 − 2, 0) = 5
    const { tf } = code(square(2, 3, 2, 0, 1, 6));
    expect(tf.code).toContain(
      `up = ${KERAS}kernel_size=3, strides=2, padding='valid', output_padding=1)`,
    );
  });

  it('shows the filter layout', () => {
    expect(code(square(5, 3, 1, 1, 0, 5)).tf.code).toContain('[kh, kw, out_channels, in_channels]');
  });
});

describe('transposedCode: dilation', () => {
  it('passes dilation by keyword, with a comment why', () => {
    // out = 2 + 2·2 + 1 = 7; Keras infers 3 + max(5 − 1, 0) = 7
    const { torch, tf } = code(square(3, 3, 1, 0, 0, 7, 2));
    expect(torch.code).toContain(
      '# ConvTranspose2d takes dilation after bias: always pass it by keyword\nup = nn.ConvTranspose2d(1, 1, kernel_size=3, dilation=2)',
    );
    expect(torch.code).toContain('F.conv_transpose2d(x, weight, dilation=2)');
    expect(tf.code).toContain(`up = ${KERAS}kernel_size=3, padding='valid', dilation_rate=2)`);
  });

  it('with a stride too: tf.nn.conv2d_transpose with dilations, cropped', () => {
    // k̂ = 5, full = 2·2 + 5 = 9, out = 9 − 2 = 7
    const { tf } = code(square(3, 3, 2, 1, 0, 7, 2));
    expect(tf.code).toContain(
      "tf.nn.conv2d_transpose(x, w, output_shape=[1, 9, 9, 1], strides=2, padding='VALID', dilations=2)",
    );
    expect(tf.code).toContain('y = y[:, 1:8, 1:8, :]');
    expect(tf.notes).toHaveLength(1);
    expect(tf.notes?.[0]).toContain('Keras documentation');
  });

  it('output_padding above the stride (below the dilation) is out of output_size reach', () => {
    // s1 d3: min = 2 + 6 + 1 = 9, max = 9; out = 9 + 2 = 11
    const { torch, tf } = code(square(3, 3, 1, 0, 2, 11, 3));
    expect(torch.code).toContain('valid sizes range from [9, 9] to [9, 9]');
    expect(torch.code).not.toContain('output_size=[');
    expect(torch.notes).toHaveLength(1);
    expect(torch.notes?.[0]).toContain('cannot ask for this size');
    // full 9, PyTorch keeps 0 … 10: two zero cells after, nothing to crop
    expect(tf.code).toContain("output_shape=[1, 9, 9, 1], strides=1, padding='VALID', dilations=3");
    expect(tf.code).toContain('y = tf.pad(y, [[0, 0], [0, 2], [0, 2], [0, 0]])');
    expect(tf.code).not.toContain('y = y[');
    expect(tf.notes).toContain(
      'Keras requires output_padding below the strides; PyTorch also accepts it below the dilation.',
    );
  });
});

describe('transposedCode: other cases', () => {
  it('output_padding above padding: zeros past the full result, then the crop', () => {
    // i3 k3 s3 p1 a2: full = 6 + 3 = 9, out = 9 − 2 + 2 = 9, min 7, max 9
    const { torch, tf } = code(square(3, 3, 3, 1, 2, 9));
    expect(torch.code).toContain('valid sizes range from [7, 7] to [9, 9]');
    expect(torch.code).toContain('y = up(x, output_size=[9, 9])');
    expect(tf.code).toContain('y = tf.pad(y, [[0, 0], [0, 1], [0, 1], [0, 0]])');
    expect(tf.code).toContain('y = y[:, 1:10, 1:10, :]');
  });

  it('non-square: valid on one axis and same on the other has no Keras form', () => {
    // H: i2 p0 → 1 + 3 = 4 (full 4); W: i5 p1 → 4 + 3 − 2 = 5 (full 7)
    const { torch, tf } = code({
      ...square(2, 3, 1, 0, 0, 4),
      input: [2, 5],
      padding: [0, 1],
      output: [4, 5],
    });
    expect(torch.code).toContain('nn.ConvTranspose2d(1, 1, kernel_size=3, padding=(0, 1))');
    expect(torch.code).toContain('valid sizes range from [4, 5] to [4, 5]');
    expect(tf.code).toContain('output_shape=[1, 4, 7, 1]');
    expect(tf.code).toContain('y = y[:, 0:4, 1:6, :]');
    expect(tf.notes?.[0]).toContain('0 … 3 of 4 on the height and 1 … 5 of 7 on the width');
  });

  it('PyTorch raises: notes first, the range still shown, no output_size call', () => {
    // a = 2 is not below max(s, d) = 2
    const { torch, tf } = code(square(3, 3, 2, 1, 2, null));
    expect(torch.notes?.[0]).toMatch(/^PyTorch raises/);
    expect(tf.notes?.[0]).toMatch(/^PyTorch raises/);
    expect(torch.code).toContain('output_padding=2');
    expect(torch.code).toContain('valid sizes range from [5, 5] to [6, 6]');
    expect(torch.code).not.toContain('output_size=[');
  });
});
