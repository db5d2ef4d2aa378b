/**
 * Nearest valid configurations: when PyTorch would reject a setting, these suggest the
 * smallest changes that make it valid again. Every suggestion is checked with the same shape
 * functions that raise the errors, so a suggestion is never itself invalid.
 */
import { LIMITS } from './limits';
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
 * and padAfter together (PyTorch's symmetric `padding`).
 */
export type AxisParam =
  | 'input'
  | 'kernel'
  | 'stride'
  | 'dilation'
  | 'padding'
  | 'padBefore'
  | 'padAfter'
  | 'outputPadding';

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
  from: number;
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

/**
 * Merges same-kind candidates of all axes into one fix each ("Kernel → 3 (height), 2 (width)"),
 * keeps those that make the configuration valid, in the order the kinds were first proposed.
 */
function mergeCandidates<T extends object>(
  axes: readonly T[],
  candidates: Candidate[],
  isValid: (next: T[]) => boolean,
  candidateAxis: (c: Candidate) => number,
): Fix[] {
  const kinds = [...new Set(candidates.map((c) => c.kind))];
  const fixes: Fix[] = [];
  for (const kind of kinds) {
    const group = candidates.filter((c) => c.kind === kind);
    const changes = group.flatMap((c) => c.changes);
    if (!isValid(applyChanges(axes, changes))) continue;
    const parts = group.map((c) => {
      const where = axes.length === 2 ? ` (${AXIS_NAMES[candidateAxis(c)]})` : '';
      return `${c.from} → ${c.to}${where}`;
    });
    fixes.push({ label: `${group[0].noun} ${parts.join(', ')}`, changes });
  }
  return fixes;
}

const axisOf = (c: Candidate) => c.changes[0].axis;

/**
 * The ways to make a dilated kernel k̂ = d(k − 1) + 1 fit `span` cells (input plus padding) on
 * one axis: the largest kernel or dilation that fits, or the input size that makes room.
 */
function fitWindow(
  axis: number,
  a: { input: number; kernel: number; dilation: number },
  span: number,
): { kernel?: Candidate; dilation?: Candidate; input?: Candidate } {
  const fit: { kernel?: Candidate; dilation?: Candidate; input?: Candidate } = {};
  const k = Math.floor((span - 1) / a.dilation) + 1;
  if (k >= 1 && k < a.kernel) {
    fit.kernel = {
      kind: 'kernel',
      noun: 'Kernel size',
      from: a.kernel,
      to: k,
      changes: [{ param: 'kernel', axis, value: k }],
    };
  }
  if (a.kernel > 1 && a.dilation > 1) {
    const d = Math.floor((span - 1) / (a.kernel - 1));
    if (d >= 1) {
      fit.dilation = {
        kind: 'dilation',
        noun: 'Dilation',
        from: a.dilation,
        to: d,
        changes: [{ param: 'dilation', axis, value: d }],
      };
    }
  }
  const i = a.input + dilatedKernel(a.kernel, a.dilation) - span;
  if (i <= LIMITS.input.max) {
    fit.input = {
      kind: 'input',
      noun: 'Input size',
      from: a.input,
      to: i,
      changes: [{ param: 'input', axis, value: i }],
    };
  }
  return fit;
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
    return fixes.filter((fix) =>
      convValid(applyChanges(axes, fix.changes), fix.changes[0].param === 'stride'),
    );
  }
  const candidates: Candidate[] = [];
  axes.forEach((a, axis) => {
    const padded = paddedSize(a);
    const kHat = dilatedKernel(a.kernel, a.dilation);
    if (padded >= kHat) return;
    const fit = fitWindow(axis, a, padded);
    if (fit.kernel) candidates.push(fit.kernel);
    if (fit.dilation) candidates.push(fit.dilation);
    const p = Math.max(a.padBefore, a.padAfter) + Math.ceil((kHat - padded) / 2);
    if (p <= LIMITS.padding.max) {
      candidates.push({
        kind: 'padding',
        noun: 'Padding per side',
        from: Math.max(a.padBefore, a.padAfter),
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
  if (mode === 'avg' && axes.some((a) => a.dilation !== 1)) {
    const changes = axes.map((_, axis) => ({ param: 'dilation' as const, axis, value: 1 }));
    const fix = { label: 'Dilation → 1 (average pooling has none)', changes };
    if (isValid(applyChanges(axes, changes))) return [fix];
    axes = applyChanges(axes, changes);
  }
  const candidates: Candidate[] = [];
  axes.forEach((a, axis) => {
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
      if (2 * padding <= LIMITS.kernel.max) {
        candidates.push({
          kind: 'kernel-up',
          noun: 'Kernel size',
          from: a.kernel,
          to: 2 * padding,
          changes: [{ param: 'kernel', axis, value: 2 * padding }],
        });
      }
    }
    const p = Math.min(padding, half);
    const span = a.input + 2 * p;
    const kHat = dilatedKernel(a.kernel, a.dilation);
    if (span >= kHat) return;
    const fit = fitWindow(axis, a, span);
    if (fit.kernel) {
      // A smaller kernel may also need less padding: PyTorch wants p ≤ ⌊k/2⌋.
      if (p !== padding) {
        const value = Math.min(p, Math.floor(fit.kernel.to / 2));
        fit.kernel.changes.push({ param: 'padding', axis, value });
      }
      candidates.push(fit.kernel);
    }
    if (fit.dilation) candidates.push(fit.dilation);
    if (fit.input) candidates.push(fit.input);
  });
  return mergeCandidates(axes, candidates, isValid, axisOf);
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
      if (a.outputPadding + 1 <= LIMITS.stride.max) {
        candidates.push({
          kind: 'stride',
          noun: 'Stride',
          from: a.stride,
          to: a.outputPadding + 1,
          changes: [{ param: 'stride', axis, value: a.outputPadding + 1 }],
        });
      }
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
