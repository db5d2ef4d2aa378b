// Runs every reference vector computed by PyTorch 1.13 / NumPy (engine/vectors/*.json).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  broadcastBinary,
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
const cases: VectorCase[] = files.flatMap(
  (name) => (JSON.parse(readFileSync(join(DIR, name), 'utf8')) as { cases: VectorCase[] }).cases,
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
