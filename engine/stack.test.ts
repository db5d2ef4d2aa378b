import { describe, expect, it } from 'vitest';
import { caughtConfigError } from './testing/caught';
import { ConfigError } from './errors';
import { atLayer, layerKind, stackShapes, traceStack, type Layer } from './stack';

const conv = (k: number, s = 1, p = 0, d = 1): Layer => ({
  op: 'conv',
  spec: { kernel: [k, k], stride: [s, s], padding: [p, p], dilation: [d, d] },
});
const up = (k: number, s = 1, p = 0, a = 0): Layer => ({
  op: 'convTranspose',
  spec: { kernel: [k, k], stride: [s, s], padding: [p, p], outputPadding: [a, a] },
});
const maxPool = (k: number, s = k, p = 0, ceilMode = false): Layer => ({
  op: 'pool',
  spec: { mode: 'max', kernel: [k, k], stride: [s, s], padding: [p, p], ceilMode },
});

// Hand-worked with Relationships 6, 7, 14 and 15 (paper) and PyTorch's ceil-mode rule.
const SHAPES: [string, number[], Layer[], number[][]][] = [
  ['no layers', [7, 5], [], [[7, 5]]],
  [
    'ResNet stem: 7×7 s2 p3, then max pool 3 s2 p1',
    [224, 224],
    [conv(7, 2, 3), maxPool(3, 2, 1)],
    [
      [224, 224],
      [112, 112],
      [56, 56],
    ],
  ],
  [
    'figure 2.7 twice: 6 → 3 → 2',
    [6, 6],
    [conv(3, 2, 1), conv(3, 2, 1)],
    [
      [6, 6],
      [3, 3],
      [2, 2],
    ],
  ],
  [
    'figure 5.1, dilation 2: 7 → 3',
    [7, 7],
    [conv(3, 1, 0, 2)],
    [
      [7, 7],
      [3, 3],
    ],
  ],
  [
    'DCGAN start: 1 → 4 → 8 (k4 s1 p0, then k4 s2 p1)',
    [1, 1],
    [up(4), up(4, 2, 1)],
    [
      [1, 1],
      [4, 4],
      [8, 8],
    ],
  ],
  [
    'ceil mode drops the window that would start in the right padding: 5 → 3, not 4',
    [5, 5],
    [maxPool(2, 2, 1, true)],
    [
      [5, 5],
      [3, 3],
    ],
  ],
  [
    'a conv undone by its transposed twin with a = (i + 2p − k) mod s',
    [6, 9],
    [
      conv(3, 2, 1),
      {
        op: 'convTranspose',
        spec: { kernel: [3, 3], stride: [2, 2], padding: [1, 1], outputPadding: [1, 0] },
      },
    ],
    [
      [6, 9],
      [3, 5],
      [6, 9],
    ],
  ],
];

describe('stackShapes', () => {
  it.each(SHAPES)('%s', (_name, input, layers, shapes) => {
    expect(stackShapes(input, layers)).toEqual(shapes);
  });

  it('names the refused layer: 0-based in `layer`, 1-based in the message', () => {
    const error = caughtConfigError(() => stackShapes([5, 5], [conv(3), conv(4)]));
    expect(error.layer).toBe(1);
    expect(error.constraint).toBe('kernel-larger-than-input');
    expect(error.axis).toBe(0);
    expect(error.message).toMatch(/^layer 2: padded input 3 \(= 3 \+ 0 \+ 0\) is smaller than/);
  });

  it.each<[string, Layer[], number, string]>([
    [
      "padding='same' with a stride",
      [{ op: 'conv', spec: { kernel: [3, 3], stride: [2, 2], padding: 'same' } }],
      0,
      'same-stride',
    ],
    ['output padding ≥ max(stride, dilation)', [conv(1), up(3, 2, 0, 2)], 1, 'output-padding'],
    ['pool padding above half the kernel', [conv(1), conv(1), maxPool(2, 2, 2)], 2, 'pool-padding'],
    ['a pooled size of 0', [maxPool(2), maxPool(2), maxPool(2)], 2, 'output-too-small'],
    ['a transposed output of 0: (4 − 1) − 2·2 + 1', [up(1, 1, 2)], 0, 'output-too-small'],
  ])('refuses %s at the right layer', (_name, layers, layer, constraint) => {
    const error = caughtConfigError(() => stackShapes([4, 4], layers));
    expect([error.layer, error.constraint]).toEqual([layer, constraint]);
    expect(error.message.startsWith(`layer ${layer + 1}: `)).toBe(true);
  });

  it('refuses a bad input size without naming a layer', () => {
    const error = caughtConfigError(() => stackShapes([0, 4], [conv(1)]));
    expect([error.layer, error.constraint]).toEqual([undefined, 'input-size']);
  });

  it('refuses a layer of another rank', () => {
    const error = caughtConfigError(() =>
      stackShapes([4, 4], [{ op: 'conv', spec: { kernel: [3] } }]),
    );
    expect([error.layer, error.constraint]).toEqual([0, 'input-rank']);
  });
});

describe('traceStack', () => {
  it('keeps the shapes and steps before the refused layer', () => {
    const trace = traceStack([8, 8], [conv(3), maxPool(2), conv(5), conv(1)]);
    expect(trace.shapes).toEqual([
      [8, 8],
      [6, 6],
      [3, 3],
    ]);
    expect(trace.steps.map((step) => step.kind)).toEqual(['conv', 'maxPool']);
    expect(trace.error?.layer).toBe(2);
  });

  it('reports a layer refused while nn.Sequential is built before an earlier one refused in the run', () => {
    const sameStrided: Layer = {
      op: 'conv',
      spec: { kernel: [3, 3], stride: [2, 2], padding: 'same' },
    };
    const trace = traceStack([4, 4], [conv(5), conv(1), sameStrided]);
    expect([trace.error?.layer, trace.error?.constraint, trace.stage]).toEqual([
      2,
      'same-stride',
      'build',
    ]);
    expect(trace.shapes).toEqual([[4, 4]]);
    const runOnly = traceStack([4, 4], [conv(1), conv(5)]);
    expect([runOnly.error?.layer, runOnly.stage]).toEqual([1, 'run']);
    expect(traceStack([4, 4], [conv(1)]).stage).toBeNull();
  });

  it.each<[string, number[], Layer, number[]]>([
    ['figure 2.6 (i = 5): whole', [5], conv(3, 2, 1), [0]],
    ['figure 2.7 (i = 6): one cell left over', [6], conv(3, 2, 1), [1]],
    ['stride 3 on 10 cells: 10 − ((3 − 1)·3 + 2) = 2 left', [10], conv(2, 3), [2]],
    ['ceil mode: the last window hangs one cell past the input', [5], maxPool(2, 2, 0, true), [-1]],
    ['a transposed layer is always whole', [3], up(3, 2), [0]],
  ])('leftover: %s', (_name, input, layer, leftover) => {
    const oneD: Layer = {
      op: layer.op,
      spec: Object.fromEntries(
        Object.entries(layer.spec).map(([key, value]) => [
          key,
          Array.isArray(value) ? value.slice(0, 1) : value,
        ]),
      ),
    } as Layer;
    expect(traceStack(input, [oneD]).steps[0].leftover).toEqual(leftover);
  });
});

describe('layerKind and atLayer', () => {
  it.each<[Layer, string]>([
    [conv(3), 'conv'],
    [up(2, 2), 'convTranspose'],
    [maxPool(2), 'maxPool'],
    [{ op: 'pool', spec: { mode: 'avg', kernel: [2, 2] } }, 'avgPool'],
  ])('%j is %s', (layer, kind) => {
    expect(layerKind(layer)).toBe(kind);
  });

  it('prefixes the 1-based position and keeps constraint and axis', () => {
    const error = atLayer(0, new ConfigError('c', 'message', 1));
    expect([error.message, error.constraint, error.axis, error.layer]).toEqual([
      'layer 1: message',
      'c',
      1,
      0,
    ]);
  });
});
