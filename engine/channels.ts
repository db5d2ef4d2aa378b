/**
 * Channels and groups of a convolution (docs/semantics.md §2.4): which input channels each
 * output channel reads, PyTorch's checks on `groups`, the weight shape, the parameter and
 * multiply-add counts, and the per-channel partial sums behind one output value.
 */
import { ConfigError, errMsg } from './errors';
import type { Fix } from './fixes';
import { rowLinks, type LinkGeometry } from './indexMap';
import { CHANNEL_LIMITS } from './limits';

/** One channel group: the input channels it reads and the output channels it writes. */
export interface ChannelGroup {
  index: number;
  /** First input channel and how many (in_channels / groups). */
  inStart: number;
  inCount: number;
  /** First output channel and how many (out_channels / groups). */
  outStart: number;
  outCount: number;
}

/**
 * PyTorch's constructor checks on groups, in its order (`_ConvNd.__init__`): groups must be a
 * positive integer, then in_channels and out_channels must both be divisible by it. The
 * messages are PyTorch's ValueError texts followed by the numbers.
 *
 * @throws {ConfigError} `groups-integer`, `groups-in` or `groups-out`
 * @example checkGroups(6, 8, 4) // throws 'in_channels must be divisible by groups: 6 input channels, 4 groups'
 */
export function checkGroups(inChannels: number, outChannels: number, groups: number): void {
  if (!Number.isInteger(groups) || groups < 1) {
    throw new ConfigError('groups-integer', `groups must be a positive integer, got ${groups}`);
  }
  if (inChannels % groups !== 0) {
    throw new ConfigError(
      'groups-in',
      `in_channels must be divisible by groups: ${inChannels} input channels, ${groups} groups`,
      undefined,
      undefined,
      errMsg('groups', { side: 'in', count: inChannels, groups }),
    );
  }
  if (outChannels % groups !== 0) {
    throw new ConfigError(
      'groups-out',
      `out_channels must be divisible by groups: ${outChannels} output channels, ${groups} groups`,
      undefined,
      undefined,
      errMsg('groups', { side: 'out', count: outChannels, groups }),
    );
  }
}

/**
 * The groups of a convolution: group j reads input channels j·Cin/G … (j + 1)·Cin/G − 1 and
 * writes output channels j·Cout/G … (j + 1)·Cout/G − 1. Checked like {@link checkGroups}.
 *
 * @example channelGroups(4, 8, 2)[1] // { index: 1, inStart: 2, inCount: 2, outStart: 4, outCount: 4 }
 */
export function channelGroups(
  inChannels: number,
  outChannels: number,
  groups: number,
): ChannelGroup[] {
  checkGroups(inChannels, outChannels, groups);
  const inCount = inChannels / groups;
  const outCount = outChannels / groups;
  return Array.from({ length: groups }, (_, index) => ({
    index,
    inStart: index * inCount,
    inCount,
    outStart: index * outCount,
    outCount,
  }));
}

/**
 * The group of output channel `co`: ⌊co / (Cout/G)⌋.
 *
 * @example groupOfOutput(5, 8, 2) // 1
 */
export function groupOfOutput(outChannel: number, outChannels: number, groups: number): number {
  return Math.floor(outChannel / (outChannels / groups));
}

/** What a convolution layer costs, as `torchinfo` counts it. */
export interface ChannelCounts {
  /** `[Cout, Cin/G, kH, kW]`, PyTorch's weight shape. */
  weightShape: number[];
  /** Weights alone: Cout · Cin/G · kH · kW. */
  weights: number;
  /** Weights and one bias per output channel. */
  withBias: number;
  /** Multiply-adds behind one output value: Cin/G · kH · kW (taps on padding included). */
  macsPerOutput: number;
  /** Output values: Cout · oH · oW. */
  outputs: number;
  /** Multiply-adds of the layer: outputs · macsPerOutput. */
  macs: number;
}

/**
 * The weight shape and the counts of a 2-D convolution with groups. Multiply-adds count every
 * tap of every window, padding included, as PyTorch computes them and `torchinfo` reports them.
 *
 * @param kernel [kH, kW]
 * @param output the output's spatial size [oH, oW]
 * @example channelCounts(4, 8, 2, [3, 3], [5, 5]).weights // 144 (8 · 2 · 3 · 3)
 */
export function channelCounts(
  inChannels: number,
  outChannels: number,
  groups: number,
  kernel: readonly number[],
  output: readonly number[],
): ChannelCounts {
  checkGroups(inChannels, outChannels, groups);
  const perGroup = inChannels / groups;
  const taps = kernel.reduce((a, b) => a * b, 1);
  const weights = outChannels * perGroup * taps;
  const outputs = outChannels * output.reduce((a, b) => a * b, 1);
  return {
    weightShape: [outChannels, perGroup, ...kernel],
    weights,
    withBias: weights + outChannels,
    macsPerOutput: perGroup * taps,
    outputs,
    macs: outputs * perGroup * taps,
  };
}

/**
 * The ratio of a standard convolution's multiply-adds to a layer sequence's (how many times
 * cheaper the sequence is). For a depthwise convolution followed by a 1 × 1 pointwise one
 * (depthwise-separable, stride 1, C input channels, N outputs) it is k²·N·C / (k²·C + C·N) =
 * k²·N / (k² + N).
 *
 * @example macRatio(3 * 3 * 16 * 8 * 25, 3 * 3 * 8 * 25 + 8 * 16 * 25) // 6.23… (= 9·16 / (9 + 16))
 */
export function macRatio(standardMacs: number, sequenceMacs: number): number {
  return standardMacs / sequenceMacs;
}

/** One input channel's share of an output value. */
export interface PartialSum {
  /** The input channel (over all groups). */
  channel: number;
  /** Σ over the kernel taps of weight · input, padding counting as 0. */
  value: number;
}

/**
 * The per-input-channel partial sums behind output value y[co, cell] of a grouped convolution:
 * for each input channel ci of co's group, Σ_t w[co, ci − group start, t] · x[ci, window(t)],
 * a tap on padding multiplying 0 (as PyTorch does: an infinite weight there gives NaN). Their
 * total is the value `conv` computes (without bias).
 *
 * @param geometry the single-channel links (`convLinks(input spatial, spec)`)
 * @param input `[Cin · H · W]` values, channel-major
 * @param weight `[Cout · Cin/G · kH · kW]` values, PyTorch's layout
 * @param outputIndex flat index of the cell in one output channel
 * @example channelPartialSums(convLinks([1, 1], { kernel: [1, 1] }), [2, 3], [10, 100], 2, 1, 1, 0).map((p) => p.value) // [20, 300]
 */
export function channelPartialSums(
  geometry: LinkGeometry,
  input: ArrayLike<number>,
  weight: ArrayLike<number>,
  inChannels: number,
  groups: number,
  outChannel: number,
  outputIndex: number,
): PartialSum[] {
  const perGroup = inChannels / groups;
  const plane = geometry.colShape.reduce((a, b) => a * b, 1);
  const taps = geometry.kernel.reduce((a, b) => a * b, 1);
  const outChannels = (weight.length / (perGroup * taps)) | 0;
  const group = groupOfOutput(outChannel, outChannels, groups);
  const links = rowLinks(geometry, outputIndex);
  return Array.from({ length: perGroup }, (_, local) => {
    const channel = group * perGroup + local;
    const wBase = (outChannel * perGroup + local) * taps;
    let value = 0;
    for (const link of links) {
      const x = link.colIndex < 0 ? 0 : input[channel * plane + link.colIndex];
      value += weight[wBase + link.tap] * x;
    }
    return { channel, value };
  });
}

/** The divisor of n nearest to `target` below and above it (each null when there is none). */
function nearestDivisors(n: number, target: number, max: number): [number | null, number | null] {
  let below: number | null = null;
  let above: number | null = null;
  for (let d = 1; d <= Math.min(n, max); d++) {
    if (n % d !== 0) continue;
    if (d < target) below = d;
    else if (d > target && above === null) above = d;
  }
  return [below, above];
}

/** The multiple of `step` nearest to n inside [min, max], the lower one on a tie. */
function nearestMultiple(n: number, step: number, range: { min: number; max: number }) {
  const down = Math.floor(n / step) * step;
  const up = down + step;
  const options = [down, up].filter((v) => v >= range.min && v <= range.max);
  if (!options.length) return null;
  return options.reduce((best, v) => (Math.abs(v - n) < Math.abs(best - n) ? v : best));
}

/**
 * The nearest settings PyTorch accepts when groups does not divide both channel counts: the
 * divisors of gcd(Cin, Cout) next to G (fewer groups first), then the channel counts rounded
 * to the nearest multiple of G. Empty when the layer is valid.
 *
 * @example channelFixes(6, 8, 4).map((f) => f.label) // ['Groups 4 → 2', 'Input channels 6 → 4']
 */
export function channelFixes(inChannels: number, outChannels: number, groups: number): Fix[] {
  if (inChannels % groups === 0 && outChannels % groups === 0) return [];
  const fixes: Fix[] = [];
  const common = gcd(inChannels, outChannels);
  for (const to of nearestDivisors(common, groups, CHANNEL_LIMITS.groups.max)) {
    if (to !== null) {
      fixes.push({
        label: `Groups ${groups} → ${to}`,
        changes: [{ param: 'groups', axis: 0, value: to }],
      });
    }
  }
  const sides = [
    { param: 'inChannels', noun: 'Input channels', value: inChannels },
    { param: 'outChannels', noun: 'Output channels', value: outChannels },
  ] as const;
  const wrong = sides.filter((side) => side.value % groups !== 0);
  const rounded = wrong.map((side) => ({
    ...side,
    to: nearestMultiple(side.value, groups, CHANNEL_LIMITS.channels),
  }));
  if (rounded.every((side) => side.to !== null)) {
    fixes.push({
      label: rounded
        .map(
          (side, index) =>
            `${index ? side.noun.toLowerCase() : side.noun} ${side.value} → ${side.to}`,
        )
        .join(', '),
      changes: rounded.map((side) => ({ param: side.param, axis: 0, value: side.to as number })),
    });
  }
  return fixes;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * The closed form of a depthwise-separable convolution's saving at stride 1 with one output
 * per input channel: k_h·k_w·N / (k_h·k_w + N) for N outputs of the pointwise layer (the
 * standard convolution costs k_h·k_w·C·N per position, the pair k_h·k_w·C + C·N).
 *
 * @example separableSaving([3, 3], 16) // 5.76 (= 144 / 25)
 */
export function separableSaving(kernel: readonly number[], outChannels: number): number {
  const taps = kernel.reduce((a, b) => a * b, 1);
  return (taps * outChannels) / (taps + outChannels);
}
