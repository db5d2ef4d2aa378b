// Runs every reference vector computed by PyTorch 1.13 / NumPy (engine/vectors/*.json).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  broadcastBinary,
  poolFixes,
  type PoolAxisGeometry,
  evaluateCondition,
  expandStrides,
  parseCondition,
  type PyValue,
  broadcastShapes,
  conv,
  convOutputShape,
  convTranspose,
  huber,
  pool,
  smoothL1,
  smoothL1Grad,
  type ConvSpec,
  type ConvTransposeSpec,
  type PoolSpec,
  type Tensor,
} from './index';

interface VectorCase {
  id: string;
  op: string;
  [key: string]: unknown;
}

const DIR = join(import.meta.dirname, 'vectors');
const files = readdirSync(DIR).filter((name) => name.endsWith('.json'));
/** JSON has no NaN or infinities: the generator writes them as these strings. */
const NON_FINITE: Record<string, number> = {
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
  '-Infinity': Number.NEGATIVE_INFINITY,
};
const revive = (_key: string, value: unknown) =>
  typeof value === 'string' && value in NON_FINITE ? NON_FINITE[value] : value;
const cases: VectorCase[] = files.flatMap(
  (name) =>
    (JSON.parse(readFileSync(join(DIR, name), 'utf8'), revive) as { cases: VectorCase[] }).cases,
);

function close(actual: number, expected: number): boolean {
  if (Number.isNaN(expected)) return Number.isNaN(actual);
  if (!Number.isFinite(expected)) return actual === expected;
  return Math.abs(actual - expected) <= 1e-6 * Math.max(1, Math.abs(expected));
}

function expectTensor(actual: Tensor, expected: Tensor): void {
  expect(actual.shape).toEqual(expected.shape);
  const bad = Array.from(expected.data).findIndex((v, i) => !close(actual.data[i], v));
  expect(bad, `first differing element ${bad}`).toBe(-1);
  expect(actual.data.length).toBe(expected.data.length);
}

/** Each op: compute the result from the case's inputs. */
const RUN: Record<string, (c: VectorCase) => unknown> = {
  conv: (c) => conv(c.input as Tensor, c.weight as Tensor, c.spec as ConvSpec),
  convTranspose: (c) =>
    convTranspose(c.input as Tensor, c.weight as Tensor, c.spec as ConvTransposeSpec),
  pool: (c) => pool(c.input as Tensor, c.spec as PoolSpec),
  convOutputShape: (c) => convOutputShape(c.inputSpatial as number[], c.spec as ConvSpec),
  broadcastShapes: (c) => broadcastShapes(...(c.shapes as number[][])),
  broadcastAdd: (c) => broadcastBinary(c.a as Tensor, c.b as Tensor, (x, y) => x + y),
  expandStrides: (c) => expandStrides(c.shape as number[], c.target as number[]),
};

describe('reference vectors (PyTorch 1.13, NumPy)', () => {
  it('are present', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(cases.length).toBeGreaterThanOrEqual(320);
  });

  const ops = [...new Set(cases.map((c) => c.op))];
  for (const op of ops) {
    describe(op, () => {
      for (const c of cases.filter((each) => each.op === op)) {
        it(c.id, () => {
          if (op === 'smoothL1') {
            checkSmoothL1(c);
            return;
          }
          if (op === 'condition') {
            checkCondition(c);
            return;
          }
          if (op === 'poolNearest') {
            checkPoolNearest(c);
            return;
          }
          const run = RUN[op];
          expect(run, `no runner for op ${op}`).toBeDefined();
          if ('expectedError' in c) {
            expect(() => run(c)).toThrow(Error);
            return;
          }
          const result = run(c);
          if (Array.isArray(c.expected)) expect(result).toEqual(c.expected);
          else expectTensor(result as Tensor, c.expected as Tensor);
        });
      }
    });
  }
});

function checkSmoothL1(c: VectorCase): void {
  const beta = c.beta as number;
  const xs = c.x as number[];
  const expected = c.expected as number[];
  const grads = c.expectedGrad as (number | null)[];
  const hubers = c.expectedHuber as number[] | undefined;
  xs.forEach((x, i) => {
    expect(close(smoothL1(x, beta), expected[i]), `loss at x=${x}`).toBe(true);
    if (grads[i] !== null)
      expect(close(smoothL1Grad(x, beta), grads[i]!), `grad at x=${x}`).toBe(true);
    if (hubers) expect(close(huber(x, beta), hubers[i]), `huber at x=${x}`).toBe(true);
  });
  if (!hubers) expect(() => huber(0, beta)).toThrow(/non-positive/);
}

/** An engine value in the generator's JSON form (dtype names without `torch.`). */
function valueJson(v: PyValue): unknown {
  switch (v.kind) {
    case 'array':
      return {
        kind: 'array',
        dtype: v.dtype,
        shape: v.shape,
        data: v.data.map((e) => (typeof e === 'bigint' ? Number(e) : e)),
        scalar: v.scalar === true,
      };
    case 'tuple':
      return { kind: 'tuple', items: v.items.map(valueJson) };
    case 'int':
      return { kind: 'int', value: String(v.value) };
    case 'none':
      return { kind: 'none' };
    case 'bool':
    case 'float':
      return { kind: v.kind, value: v.value };
    default:
      return { kind: v.kind };
  }
}

function checkCondition(c: VectorCase): void {
  const matrix = c.matrix as { shape: number[]; data: number[]; dtype: 'int' | 'float' };
  const parsed = parseCondition(c.condition as string);
  for (const lib of ['numpy', 'torch'] as const) {
    const expected = c[lib] as { value?: unknown; error?: { type: string; message: string } };
    if (!parsed.ok) {
      expect(expected.error?.type, parsed.message.id).toBe('SyntaxError');
      continue;
    }
    const outcome = evaluateCondition(parsed.node, matrix, lib);
    if (expected.error) {
      expect(outcome.ok ? valueJson(outcome.value) : outcome.error, lib).toMatchObject(
        expected.error,
      );
    } else {
      expect(outcome.ok ? valueJson(outcome.value) : outcome.error, lib).toEqual(expected.value);
    }
  }
}

/** The engine's kernel, input and dilation fixes are the nearest values PyTorch accepts. */
function checkPoolNearest(c: VectorCase): void {
  const { padding, ...axis } = c.axis as Omit<
    PoolAxisGeometry,
    'padBefore' | 'padAfter' | 'ceilMode'
  > & {
    padding: number;
  };
  const fixes = poolFixes(
    [{ ...axis, padBefore: padding, padAfter: padding, ceilMode: c.ceilMode as boolean }],
    c.mode as 'max' | 'avg',
  );
  const expected = c.expected as Record<'kernel' | 'input' | 'dilation', number | null>;
  for (const param of ['kernel', 'input', 'dilation'] as const) {
    const offered = fixes.flatMap((f) => f.changes).find((ch) => ch.param === param);
    expect(offered?.value ?? null, param).toBe(expected[param]);
  }
}
