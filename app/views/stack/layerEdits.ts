import type { Fix, LayerToken, Pair } from '../../../engine';

/** The stack with one layer replaced. */
export function replaceLayer(tokens: readonly LayerToken[], index: number, token: LayerToken) {
  return tokens.map((t, n) => (n === index ? token : t));
}

/** The stack without one layer. */
export function removeLayer(tokens: readonly LayerToken[], index: number): LayerToken[] {
  return tokens.filter((_, n) => n !== index);
}

/** The stack with a layer inserted before position `index` (at the end for `tokens.length`). */
export function insertLayer(tokens: readonly LayerToken[], index: number, token: LayerToken) {
  return [...tokens.slice(0, index), token, ...tokens.slice(index)];
}

/**
 * The stack with one layer moved by `by` places (−1: up, 1: down); unchanged when it would
 * leave the stack.
 *
 * @example moveLayer([a, b, c], 2, -1) // [a, c, b]
 */
export function moveLayer(tokens: readonly LayerToken[], index: number, by: number): LayerToken[] {
  const to = index + by;
  if (to < 0 || to >= tokens.length || index < 0 || index >= tokens.length) return tokens.slice();
  const next = tokens.slice();
  [next[index], next[to]] = [next[to], next[index]];
  return next;
}

const setAxis = (pair: Pair, axis: number, value: number): Pair =>
  axis === 0 ? [value, pair[1]] : [pair[0], value];

/**
 * A layer with an engine fix applied. Padding before and after become the layer's symmetric
 * padding (a stack's layers pad both ends alike; the fixes offered for them do too).
 *
 * @example applyLayerFix(parseLayers('c5').layers[0], { label: '…', changes: [{ param: 'kernel', axis: 0, value: 4 }] }).kernel // [4, 5]
 */
export function applyLayerFix(token: LayerToken, fix: Fix): LayerToken {
  const next: LayerToken = { ...token };
  for (const { param, axis, value } of fix.changes) {
    if (param === 'kernel') next.kernel = setAxis(next.kernel, axis, value);
    else if (param === 'stride') next.stride = setAxis(next.stride, axis, value);
    else if (param === 'dilation') next.dilation = setAxis(next.dilation, axis, value);
    else if (param === 'outputPadding') {
      next.outputPadding = setAxis(next.outputPadding, axis, value);
    } else if (param === 'padding' || param === 'padBefore' || param === 'padAfter') {
      const current: Pair = next.padding === 'same' ? [0, 0] : next.padding;
      next.padding = setAxis(current, axis, value);
    }
  }
  return next;
}

/**
 * Whether every change of a fix is a setting of the layer itself (a fix that changes the input
 * size belongs to the layer before it) and keeps the two ends padded alike.
 */
export function isLayerFix(fix: Fix): boolean {
  const before = new Map<number, number>();
  const after = new Map<number, number>();
  for (const { param, axis, value } of fix.changes) {
    if (param === 'input') return false;
    if (param === 'padBefore') before.set(axis, value);
    if (param === 'padAfter') after.set(axis, value);
  }
  return [...before].every(([axis, value]) => !after.has(axis) || after.get(axis) === value);
}
