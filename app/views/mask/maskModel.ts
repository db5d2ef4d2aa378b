/**
 * From the URL's mask parameters to what the view shows: the matrix `a` (seeded or typed), the
 * engine's analysis of the condition, the REPL texts of every output, and the PyTorch session
 * for the chosen version. Pure: no React, no store.
 */
import {
  analyzeMask,
  maskOutputs,
  numpyRepr,
  seededIntegers,
  torchMaskSession,
  type MaskAnalysis,
  type MaskMatrix,
  type MaskOutputs,
  type ReplEntry,
} from '../../../engine';
import type { ViewParams } from '../../url/schema';

/** The seeded matrix: 3 × 4 values from −1.5 to 2.0 in steps of 0.1. */
export const SEEDED_SHAPE = [3, 4] as const;

export function seededCells(seed: number): string[][] {
  const [rows, cols] = SEEDED_SHAPE;
  const tenths = seededIntegers(seed, rows * cols, -15, 20);
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => (tenths[r * cols + c] / 10).toFixed(1)),
  );
}

/** The matrix as the engine takes it: float when any value is written with a decimal point. */
export function matrixOf(cells: string[][]): MaskMatrix {
  return {
    shape: [cells.length, cells[0].length],
    data: cells.flat().map(Number),
    dtype: cells.flat().some((text) => text.includes('.')) ? 'float' : 'int',
  };
}

/** Cells resized to rows × cols: kept where they overlap, new ones zero of the matrix's kind. */
export function resizeCells(cells: string[][], rows: number, cols: number): string[][] {
  const zero = matrixOf(cells).dtype === 'float' ? '0.0' : '0';
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => cells[r]?.[c] ?? zero),
  );
}

export interface MaskModel {
  cells: string[][];
  matrix: MaskMatrix;
  analysis: MaskAnalysis;
  /** `repr(mask)` in NumPy, when there is a mask. */
  maskRepr: string | null;
  outputs: MaskOutputs | null;
  session: ReplEntry[] | null;
}

export function buildMaskModel(params: ViewParams<'mask'>): MaskModel {
  const cells = params.m ?? seededCells(params.seed);
  const matrix = matrixOf(cells);
  const analysis = analyzeMask(params.cond, matrix);
  const mask = analysis.mask;
  return {
    cells,
    matrix,
    analysis,
    maskRepr: mask ? numpyRepr({ ...mask, dtype: 'bool' }) : null,
    outputs: mask ? maskOutputs(matrix, mask) : null,
    // PyTorch's own mask: it compares in float32
    session: analysis.torchMask
      ? torchMaskSession(analysis.torchMask, params.cond.trim(), params.torch)
      : null,
  };
}

/**
 * Printed lines longer than this take a whole row of the outputs' grid rather than scroll: half
 * of the figure column at 1400 px holds about 42 characters of the 0.8 rem monospace.
 */
export const HALF_ROW_CHARS = 40;

/**
 * Does printed text need a whole row (a line longer than half a row holds)?
 *
 * @example isWide('(array([0, 0, 1, 2, 2, 2]), array([0, 1, 0, 1, 2, 3]))') // true
 */
export const isWide = (text: string) =>
  text.split('\n').some((line) => line.length > HALF_ROW_CHARS);
