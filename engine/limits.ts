/**
 * Ranges the explorer offers for each parameter of one axis. The engine accepts any positive
 * sizes; these keep grids drawable (64 × 64 inputs at most) and sliders usable.
 */
export const LIMITS = {
  input: { min: 1, max: 64 },
  kernel: { min: 1, max: 15 },
  stride: { min: 1, max: 8 },
  dilation: { min: 1, max: 8 },
  padding: { min: 0, max: 16 },
  /** Output padding must also be < max(stride, dilation); 7 is that bound at its largest. */
  outputPadding: { min: 0, max: 7 },
} as const;

/**
 * Channels and groups of the channels view: few enough that every channel is drawn as its own
 * grid and every kernel of the weight tensor is visible. `pointwise` 0 means no 1 × 1 layer.
 */
export const CHANNEL_LIMITS = {
  channels: { min: 1, max: 16 },
  groups: { min: 1, max: 16 },
  pointwise: { min: 0, max: 16 },
} as const;

/**
 * Clamps a number into a range (non-integers are rounded first).
 *
 * @example clampTo(20.4, LIMITS.kernel) // 15
 */
export function clampTo(value: number, range: { min: number; max: number }): number {
  return Math.min(range.max, Math.max(range.min, Math.round(value)));
}

/**
 * Ranges of the layer stack explorer, per axis of one layer. Wider than {@link LIMITS} because
 * real networks need them: inputs up to 512, DeepLab's dilation rates up to 18 with padding to
 * match, up to 24 layers and 4096 channels.
 */
export const STACK_LIMITS = {
  input: { min: 1, max: 512 },
  kernel: { min: 1, max: 15 },
  stride: { min: 1, max: 8 },
  dilation: { min: 1, max: 32 },
  padding: { min: 0, max: 64 },
  /** Output padding must also be < max(stride, dilation). */
  outputPadding: { min: 0, max: 31 },
  groups: { min: 1, max: 4096 },
  channels: { min: 1, max: 4096 },
  layers: { min: 0, max: 24 },
} as const;
