import type { PoolAxisGeometry, AxisGeometry, TransposedAxisGeometry } from '../spec';
import type { ElementwiseOpId } from '../elementwiseOps';
import type { Msg } from './message';
import type { Level, QuestionTopic } from './topics';

/**
 * What a question expects. Sizes and numbers are typed, choices and cells are picked.
 * - `shape`: whole numbers, one per axis (`square`: one number stands for every axis, as in
 *   PyTorch's `kernel_size=3`);
 * - `number`: a real number, right within `tolerance` (a fraction such as `1/9` is read too);
 * - `choice`: one option (`multiple` false) or every right option (`multiple` true), matched by
 *   their place in `options`, never by their words;
 * - `cells`: the cells of a grid, row-major indices.
 */
export type Answer =
  | { kind: 'shape'; value: number[]; square: boolean }
  | { kind: 'number'; value: number; tolerance: number }
  | { kind: 'choice'; options: Msg[]; correct: number[]; multiple: boolean }
  | { kind: 'cells'; shape: [number, number]; value: number[] };

/** A learner's answer, as the page collects it. */
export type Response = { kind: 'text'; text: string } | { kind: 'picked'; indices: number[] };

/** A checked answer: right or wrong, or unreadable (not counted as an attempt). */
export type Verdict =
  { status: 'right' } | { status: 'wrong' } | { status: 'unreadable'; message: Msg };

/**
 * The explorer state that shows a question: the view and the parameters it needs, as plain
 * data (the app writes them as a URL).
 */
export type SeeState =
  | { view: 'conv'; axes: AxisGeometry[]; word?: 'same' | 'valid' }
  | { view: 'pool'; axes: PoolAxisGeometry[]; mode: 'max' | 'avg' }
  | { view: 'transposed'; axes: TransposedAxisGeometry[]; heat?: boolean }
  | { view: 'stack'; input: number[]; layers: string; solve?: number; reach?: number }
  | { view: 'broadcast'; shapes: number[][]; op: ElementwiseOpId }
  | { view: 'mask'; matrix: string[][]; cond: string }
  | {
      view: 'smoothl1';
      beta: number;
      sigma: number | null;
      delta: number;
      x: number;
      curves: ('sl1' | 'l1' | 'l2' | 'huber')[];
    };

/**
 * One generated question. Its words are messages of the practice catalogue ({@link Msg}), so the
 * page says them in its language; backticked spans in them are code.
 */
export interface Question {
  topic: QuestionTopic;
  level: Level;
  /** Same key, same question: what makes two questions duplicates within a set. */
  key: string;
  /** The question. */
  prompt: Msg;
  /** How to write the answer ("H × W, e.g. 5 × 5"), for typed answers and choices alike. */
  format: Msg;
  answer: Answer;
  /** Said after a first wrong answer: the rule to use, not the answer. */
  hint: Msg;
  /** The worked solution, one step per line, ending in the answer. */
  solution: Msg[];
  /** The explorer view in the question's state. */
  see: SeeState;
  /** What the "see it" link opens, e.g. "this convolution in the convolution view". */
  seeLabel: Msg;
}
