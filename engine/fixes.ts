/**
 * Nearest valid configurations: when PyTorch would reject a setting, these suggest the
 * smallest changes that make it valid again. Every suggestion is checked with the same shape
 * functions that raise the errors, so a suggestion is never itself invalid.
 */
import { CHANNEL_LIMITS, LIMITS } from './limits';
import { convOutputShape, convTransposeOutputShape, paddedSize, poolOutputShape } from './shape';
import {
  convSpecOf,
  convTransposeSpecOf,
  dilatedKernel,
  poolSpecOf,
  type AxisGeometry,
  type PoolAxisGeometry,
  type TransposedAxisGeometry,
} from './spec';

/**
 * A parameter of one axis, named as {@link AxisGeometry} names it; `padding` sets padBefore
 * and padAfter together (PyTorch's symmetric `padding`). `groups`, `inChannels` and
 * `outChannels` belong to the layer, not an axis: their changes carry axis 0.
 */
export type AxisParam =
  | 'input'
  | 'kernel'
  | 'stride'
  | 'dilation'
  | 'padding'
  | 'padBefore'
  | 'padAfter'
  | 'outputPadding'
  | 'groups'
  | 'inChannels'
  | 'outChannels';

export interface AxisChange {
  param: AxisParam;
  axis: number;
  value: number;
}

/** One suggested change of one or more axes. */
export interface Fix {
  /** What the button says, e.g. "Kernel 5 → 3 (height)". */
  label: string;
  changes: AxisChange[];
}

/** A change of one kind on one axis, before axes are merged into a fix. */
interface Candidate {
  kind: string;
  noun: string;
  /** The current value as the label shows it ("0:3" for padding before:after). */
  from: number | string;
  to: number;
  changes: AxisChange[];
}

const AXIS_NAMES = ['height', 'width'];

function succeeds(check: () => unknown): boolean {
  try {
    check();
    return true;
  } catch {
    return false;
  }
}

function applyChanges<T extends object>(axes: readonly T[], changes: AxisChange[]): T[] {
  const copy = axes.map((a) => ({ ...a }) as Record<string, number>);
  for (const { param, axis, value } of changes) {
    if (param === 'padding' && 'padBefore' in copy[axis]) {
      copy[axis].padBefore = value;
      copy[axis].padAfter = value;
    } else copy[axis][param] = value;
  }
  return copy as T[];
}

const LIMIT_OF: Record<AxisParam, { min: number; max: number }> = {
  input: LIMITS.input,
  kernel: LIMITS.kernel,
  stride: LIMITS.stride,
  dilation: LIMITS.dilation,
  padding: LIMITS.padding,
  padBefore: LIMITS.padding,
  padAfter: LIMITS.padding,
  outputPadding: LIMITS.outputPadding,
  groups: CHANNEL_LIMITS.groups,
  inChannels: CHANNEL_LIMITS.channels,
  outChannels: CHANNEL_LIMITS.channels,
};

/** Whether every changed value lies inside the explorer's range for its parameter. */
const withinLimits = (changes: AxisChange[]) =>
  changes.every(({ param, value }) => value >= LIMIT_OF[param].min && value <= LIMIT_OF[param].max);

/**
 * Merges same-kind candidates of all axes into one fix each ("Kernel → 3 (height), 2 (width)"),
 * keeps those that make the configuration valid inside the explorer's limits, in the order the
 * kinds were first proposed. `base` changes (e.g. dilation → 1 for average pooling) are part of
 * every fix, so a fix is valid as applied, not only after a change it does not make.
 */
function mergeCandidates<T extends object>(
  axes: readonly T[],
  candidates: Candidate[],
  isValid: (next: T[]) => boolean,
  candidateAxis: (c: Candidate) => number,
  base: { label: string; changes: AxisChange[] } = { label: '', changes: [] },
): Fix[] {
  const kinds = [...new Set(candidates.map((c) => c.kind))];
  const fixes: Fix[] = [];
  for (const kind of kinds) {
    const group = candidates.filter((c) => c.kind === kind);
    const changes = [...group.flatMap((c) => c.changes), ...base.changes];
    if (!withinLimits(changes) || !isValid(applyChanges(axes, changes))) continue;
    const parts = group.map((c) => {
      const where = axes.length === 2 ? ` (${AXIS_NAMES[candidateAxis(c)]})` : '';
      return `${c.from} → ${c.to}${where}`;
    });
    fixes.push({ label: `${group[0].noun} ${parts.join(', ')}${base.label}`, changes });
  }
  return fixes;
}

const axisOf = (c: Candidate) => c.changes[0].axis;

/** One axis's input, kernel and dilation, the values {@link fitWindow} may change. */
interface WindowAxis {
  input: number;
  kernel: number;
  dilation: number;
}

/**
 * The ways to make the window fit on one axis, each the nearest valid value of its parameter
 * with the others kept: the largest smaller kernel, the largest smaller dilation, the smallest
 * larger input (within the explorer's limits). `fits` is the layer's own rule (a convolution:
 * k̂ = d(k − 1) + 1 ≤ i + p₁ + p₂; a pool also lowers its padding for a smaller kernel, and in
 * ceil mode lets the window hang over the end by up to s − 1), so the search is exact where a
 * closed form would miss those couplings.
 */
function fitWindow(
  axis: number,
  a: WindowAxis,
  fits: (next: WindowAxis) => boolean,
): { kernel?: Candidate; dilation?: Candidate; input?: Candidate } {
  const first = (from: number, to: number, ok: (v: number) => boolean) => {
    for (let v = from; from <= to ? v <= to : v >= to; v += from <= to ? 1 : -1) {
      if (ok(v)) return v;
    }
    return null;
  };
  const candidate = (param: 'kernel' | 'dilation' | 'input', noun: string, to: number | null) =>
    to === null
      ? undefined
      : { kind: param, noun, from: a[param], to, changes: [{ param, axis, value: to }] };
  return {
    kernel: candidate(
      'kernel',
      'Kernel size',
      a.kernel > 1 ? first(a.kernel - 1, 1, (kernel) => fits({ ...a, kernel })) : null,
    ),
    dilation: candidate(
      'dilation',
      'Dilation',
      a.kernel > 1 && a.dilation > 1
        ? first(a.dilation - 1, 1, (dilation) => fits({ ...a, dilation }))
        : null,
    ),
    input: candidate(
      'input',
      'Input size',
      first(a.input + 1, LIMITS.input.max, (input) => fits({ ...a, input })),
    ),
  };
}

function convValid(axes: readonly AxisGeometry[], same: boolean): boolean {
  return succeeds(() =>
    convOutputShape(
      axes.map((a) => a.input),
      convSpecOf(axes, same ? 'same' : undefined),
    ),
  );
}

/**
 * Fixes for a direct convolution (PyTorch's `Conv2d` rules): `padding='same'` with a stride
 * (stride 1, or explicit padding ⌊d(k − 1)/2⌋ kept with the stride), and a dilated kernel
 * larger than the padded input (shrink the kernel or the dilation, pad more, grow the input).
 *
 * @param same whether the padding is PyTorch's `'same'` (then padBefore/padAfter are ignored)
 * @returns valid fixes, most natural first; empty when the configuration is already valid
 * @example convFixes([{ input: 4, kernel: 5, stride: 1, dilation: 1, padBefore: 0, padAfter: 0 }], false)[0].label // 'Kernel size 5 → 4'
 */
export function convFixes(axes: readonly AxisGeometry[], same: boolean): Fix[] {
  if (convValid(axes, same)) return [];
  const fixes: Fix[] = [];
  if (same && axes.some((a) => a.stride !== 1)) {
    const strided = axes.flatMap((a, axis) => (a.stride !== 1 ? [axis] : []));
    fixes.push({
      label: 'Stride → 1 (PyTorch allows padding=same only without a stride)',
      changes: strided.map((axis) => ({ param: 'stride', axis, value: 1 })),
    });
    fixes.push({
      label: 'Keep the stride; pad ⌊d(k − 1)/2⌋ on each side instead of same',
      changes: axes.flatMap((a, axis) => {
        const p = Math.floor((a.dilation * (a.kernel - 1)) / 2);
        return [
          { param: 'padBefore' as const, axis, value: p },
          { param: 'padAfter' as const, axis, value: p },
        ];
      }),
    });
    return fixes.filter(
      (fix) =>
        withinLimits(fix.changes) &&
        convValid(applyChanges(axes, fix.changes), fix.changes[0].param === 'stride'),
    );
  }
  const candidates: Candidate[] = [];
  axes.forEach((a, axis) => {
    const padded = paddedSize(a);
    const kHat = dilatedKernel(a.kernel, a.dilation);
    if (padded >= kHat) return;
    const fit = fitWindow(
      axis,
      a,
      (next) => next.input + a.padBefore + a.padAfter >= dilatedKernel(next.kernel, next.dilation),
    );
    if (fit.kernel) candidates.push(fit.kernel);
    if (fit.dilation) candidates.push(fit.dilation);
    // The smallest p with i + 2p ≥ k̂: with asymmetric padding one side may even shrink.
    const p = Math.ceil((kHat - a.input) / 2);
    const symmetric = a.padBefore === a.padAfter;
    if (p <= LIMITS.padding.max) {
      candidates.push({
        kind: 'padding',
        noun: 'Padding per side',
        from: symmetric ? a.padBefore : `${a.padBefore}:${a.padAfter}`,
        to: p,
        changes: [
          { param: 'padBefore', axis, value: p },
          { param: 'padAfter', axis, value: p },
        ],
      });
    }
    if (fit.input) candidates.push(fit.input);
  });
  return mergeCandidates(axes, candidates, (next) => convValid(next, false), axisOf);
}

/**
 * Fixes for pooling (PyTorch 1.13 rules): padding above ⌊k/2⌋, dilation with average pooling,
 * a window larger than the padded input.
 *
 * @param axes per axis, with PyTorch's symmetric padding (padBefore = padAfter) and `ceil_mode`
 * @returns valid fixes, most natural first; empty when the configuration is already valid
 * @example poolFixes([{ input: 4, kernel: 2, stride: 2, dilation: 1, padBefore: 2, padAfter: 2, ceilMode: false }], 'max').map((f) => f.label) // ['Padding 2 → 1', 'Kernel size 2 → 4']
 */
export function poolFixes(axes: readonly PoolAxisGeometry[], mode: 'max' | 'avg'): Fix[] {
  const isValid = (next: readonly PoolAxisGeometry[]) =>
    succeeds(() =>
      poolOutputShape(
        next.map((a) => a.input),
        poolSpecOf(next, mode),
      ),
    );
  if (isValid(axes)) return [];
  // Average pooling has no dilation: every fix sets it to 1, or the fix would still be refused.
  let base = { label: '', changes: [] as AxisChange[] };
  let fitted = axes;
  if (mode === 'avg' && axes.some((a) => a.dilation !== 1)) {
    const changes = axes.map((_, axis) => ({ param: 'dilation' as const, axis, value: 1 }));
    if (isValid(applyChanges(axes, changes))) {
      return [{ label: 'Dilation → 1 (average pooling has none)', changes }];
    }
    base = { label: '; dilation → 1 (average pooling has none)', changes };
    fitted = applyChanges(axes, changes);
  }
  const candidates: Candidate[] = [];
  fitted.forEach((a, axis) => {
    const half = Math.floor(a.kernel / 2);
    const padding = a.padBefore;
    if (padding > half) {
      candidates.push({
        kind: 'padding',
        noun: 'Padding',
        from: padding,
        to: half,
        changes: [{ param: 'padding', axis, value: half }],
      });
      candidates.push({
        kind: 'kernel-up',
        noun: 'Kernel size',
        from: a.kernel,
        to: 2 * padding,
        changes: [{ param: 'kernel', axis, value: 2 * padding }],
      });
    }
    const p = Math.min(padding, half);
    // PyTorch's own rule on this axis alone (ceil mode included), padding within ⌊k/2⌋
    const fits = (next: WindowAxis) => {
      const q = Math.min(p, Math.floor(next.kernel / 2));
      return isValid([{ ...a, ...next, padBefore: q, padAfter: q }]);
    };
    if (fits(a)) return;
    const fit = fitWindow(axis, a, fits);
    if (fit.kernel) {
      // A smaller kernel may also need less padding: PyTorch wants p ≤ ⌊k/2⌋.
      const value = Math.min(p, Math.floor(fit.kernel.to / 2));
      if (value !== padding) fit.kernel.changes.push({ param: 'padding', axis, value });
      candidates.push(fit.kernel);
    }
    if (fit.dilation) candidates.push(fit.dilation);
    if (fit.input) candidates.push(fit.input);
  });
  return mergeCandidates(axes, candidates, isValid, axisOf, base);
}

/**
 * Fixes for a transposed convolution (PyTorch's `ConvTranspose2d` rules): output padding
 * ≥ max(stride, dilation), and padding that crops the whole output away.
 *
 * @returns valid fixes, most natural first; empty when the configuration is already valid
 * @example transposedFixes([{ input: 3, kernel: 3, stride: 2, dilation: 1, padBefore: 1, padAfter: 1, outputPadding: 2 }]).map((f) => f.label) // ['Output padding 2 → 1', 'Stride 2 → 3']
 */
export function transposedFixes(axes: readonly TransposedAxisGeometry[]): Fix[] {
  const isValid = (next: readonly TransposedAxisGeometry[]) =>
    succeeds(() =>
      convTransposeOutputShape(
        next.map((a) => a.input),
        convTransposeSpecOf(next),
      ),
    );
  if (isValid(axes)) return [];
  const candidates: Candidate[] = [];
  axes.forEach((a, axis) => {
    const limit = Math.max(a.stride, a.dilation);
    const op = Math.min(a.outputPadding, limit - 1);
    if (a.outputPadding >= limit) {
      candidates.push({
        kind: 'op',
        noun: 'Output padding',
        from: a.outputPadding,
        to: limit - 1,
        changes: [{ param: 'outputPadding', axis, value: limit - 1 }],
      });
      candidates.push({
        kind: 'stride',
        noun: 'Stride',
        from: a.stride,
        to: a.outputPadding + 1,
        changes: [{ param: 'stride', axis, value: a.outputPadding + 1 }],
      });
    }
    const full = (a.input - 1) * a.stride + dilatedKernel(a.kernel, a.dilation) + op;
    if (full - a.padBefore - a.padAfter < 1) {
      const p = Math.floor((full - 1) / 2);
      candidates.push({
        kind: 'padding',
        noun: 'Padding',
        from: a.padBefore,
        to: p,
        changes: [
          { param: 'padding', axis, value: p },
          ...(op !== a.outputPadding ? [{ param: 'outputPadding' as const, axis, value: op }] : []),
        ],
      });
    }
  });
  return mergeCandidates(axes, candidates, isValid, axisOf);
}
