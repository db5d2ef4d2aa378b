// Runs every layer-stack vector computed by PyTorch 1.13 (engine/vectors/stack/*.json; format in
// the shared vectors README): shapes, the first refused layer, influence sets with path counts
// and Distill's summary.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caughtConfigError } from './testing/caught';
import { receptiveField, receptiveFieldSummary, stackShapes, type Layer } from './index';

interface StackCase {
  id: string;
  layers: Layer[];
  input?: number[];
  shapes?: number[][];
  cell?: number[];
  rf?: { indices: number[]; paths: number[] }[];
  errorLayer?: number;
  torchMessage?: string;
  summary?: { size: number; jump: number; padding: number };
}

const DIR = join(import.meta.dirname, 'vectors', 'stack');
const files = readdirSync(DIR).filter((name) => name.endsWith('.json'));

describe.each(files)('layer-stack vectors %s (PyTorch 1.13)', (file) => {
  const cases = (JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { cases: StackCase[] }).cases;

  it('hold every kind of case', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(cases.some((c) => c.rf)).toBe(true);
    expect(cases.some((c) => c.errorLayer !== undefined)).toBe(true);
    expect(cases.some((c) => c.summary)).toBe(true);
  });

  it.each(cases.filter((c) => c.shapes).map((c) => [c.id, c] as const))(
    '%s: shapes and receptive field',
    (_id, c) => {
      expect(stackShapes(c.input!, c.layers)).toEqual(c.shapes);
      expect(receptiveField(c.input!, c.layers, c.cell!)).toEqual(c.rf);
    },
  );

  it.each(cases.filter((c) => c.errorLayer !== undefined).map((c) => [c.id, c] as const))(
    '%s: the refused layer',
    (_id, c) => {
      const error = caughtConfigError(() => stackShapes(c.input!, c.layers));
      expect(error.layer).toBe(c.errorLayer);
      expect(error.message).toMatch(new RegExp(`^layer ${c.errorLayer! + 1}: `));
    },
  );

  it.each(cases.filter((c) => c.summary).map((c) => [c.id, c] as const))(
    '%s: Distill summary',
    (_id, c) => {
      for (const axis of receptiveFieldSummary(c.layers)) expect(axis).toEqual(c.summary);
    },
  );
});
