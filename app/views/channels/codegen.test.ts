import { describe, expect, it } from 'vitest';
import { decode } from '../../url/codec';
import type { ViewParams } from '../../url/schema';
import { buildChannelsModel } from './channelsModel';
import { channelsCode } from './codegen';

/** The code of a channels URL, as the page writes it. */
const code = (query: string) => {
  const params = decode(`?view=channels&${query}`).params as ViewParams<'channels'>;
  const [torch, tf] = channelsCode(buildChannelsModel(params));
  return { torch, tf };
};

describe('channelsCode', () => {
  it('grouped: nn.Conv2d with groups, weight (8, 2, 3, 3); Keras Conv2D(groups=2), HWIO', () => {
    const { torch, tf } = code('i=5&k=3&s=1&p=1&cin=4&cout=8&g=2');
    expect(torch.code).toContain('x = torch.randn(1, 4, 5, 5)');
    expect(torch.code).toContain('conv = nn.Conv2d(4, 8, kernel_size=3, padding=1, groups=2)');
    expect(torch.code).toContain('torch.Size([8, 2, 3, 3])');
    expect(torch.code).toContain('y = conv(x)  # → (1, 8, 5, 5)');
    expect(tf.code).toContain('x = tf.random.normal([1, 5, 5, 4])');
    expect(tf.code).toContain(
      "conv = tf.keras.layers.Conv2D(filters=8, kernel_size=3, padding='same', groups=2)",
    );
    expect(tf.code).toContain('# kernel (3, 3, 2, 8): HWIO');
    expect(tf.code).toContain('# → (1, 5, 5, 8)');
    expect(tf.notes?.join(' ')).toMatch(/TensorFlow is not installed/);
  });

  it('depthwise with multiplier 2: DepthwiseConv2D(depth_multiplier=2)', () => {
    const { torch, tf } = code('i=5&k=3&s=1&p=1&cin=4&cout=8&g=4');
    expect(torch.code).toContain('nn.Conv2d(4, 8, kernel_size=3, padding=1, groups=4)');
    expect(tf.code).toContain(
      "conv = tf.keras.layers.DepthwiseConv2D(kernel_size=3, padding='same', depth_multiplier=2)",
    );
    expect(tf.code).toContain('w.reshape(4, 2, 3, 3).permute(2, 3, 0, 1)');
  });

  it('depthwise-separable: two PyTorch layers, one SeparableConv2D', () => {
    const { torch, tf } = code('i=6&k=3&s=1&p=1&cin=4&cout=4&g=4&pw=8');
    expect(torch.code).toContain('pointwise = nn.Conv2d(4, 8, kernel_size=1)');
    expect(torch.code).toContain(
      'summary(nn.Sequential(conv, pointwise), input_size=(1, 4, 6, 6))',
    );
    expect(tf.code).toContain(
      "layer = tf.keras.layers.SeparableConv2D(filters=8, kernel_size=3, padding='same')",
    );
  });

  it('stride 2 on an even input: TensorFlow’s SAME pads (0, 1), so the padding is explicit', () => {
    const { tf } = code('i=6&k=3&s=2&p=1&cin=2&cout=2&g=1');
    expect(tf.code).toContain('x = tf.pad(x, [[0, 0], [1, 1], [1, 1], [0, 0]])');
    expect(tf.code).toContain("padding='valid'");
    expect(tf.notes?.join(' ')).toContain("TensorFlow's 'same' would pad (0, 1) on each axis");
  });
});
