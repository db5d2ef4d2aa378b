import { describe, expect, it } from 'vitest';
import { PRACTICE_TOPICS, practiceTable, type SeeState } from '../../../engine';
import { decode } from '../../url/codec';
import { seeHref, seeParams } from './seeLink';

const axis = { input: 7, kernel: 2, stride: 2, dilation: 1, padBefore: 1, padAfter: 1 };

describe('seeHref', () => {
  it.each([
    [
      {
        view: 'pool',
        axes: [
          { ...axis, ceilMode: true },
          { ...axis, input: 6, ceilMode: true },
        ],
        mode: 'max',
      },
      '?view=pool&i=7,6&k=2&s=2&p=1&mode=max&ceil=1',
    ],
    [
      {
        view: 'conv',
        axes: [
          { ...axis, kernel: 3, stride: 1, padBefore: 3, padAfter: 2 },
          { ...axis, kernel: 5, stride: 1, padBefore: 0, padAfter: 1 },
        ],
      },
      '?view=conv&i=7&k=3,5&s=1&p=3:2,0:1',
    ],
    [
      {
        view: 'conv',
        axes: [
          { ...axis, kernel: 4, stride: 1, dilation: 2, padBefore: 3, padAfter: 3 },
          { ...axis, kernel: 4, stride: 1, dilation: 2, padBefore: 3, padAfter: 3 },
        ],
        word: 'same',
      },
      '?view=conv&i=7&k=4&s=1&p=same&d=2',
    ],
    [
      {
        view: 'transposed',
        axes: [
          { ...axis, input: 4, outputPadding: 1 },
          { ...axis, input: 4, outputPadding: 1 },
        ],
        heat: true,
      },
      '?view=transposed&i=4&k=2&s=2&p=1&op=1&heat=1',
    ],
    [
      {
        view: 'smoothl1',
        beta: 1 / 9,
        sigma: 3,
        delta: 1,
        x: -0.25,
        curves: ['sl1', 'l1', 'l2', 'huber'],
      },
      '?view=smoothl1&beta=1/9&sigma=3&x=-0.25',
    ],
  ] as [SeeState, string][])('%j opens %s', (see, href) => {
    expect(seeHref(see)).toBe(href);
  });

  it.each(PRACTICE_TOPICS)(
    '%s: every link opens its view in the question’s state, with nothing corrected',
    (topic) => {
      for (let seed = 0; seed < (topic === 'mask' || topic === 'mixed' ? 8 : 30); seed++) {
        for (const question of practiceTable(topic, seed).flat()) {
          const decoded = decode(seeHref(question.see));
          expect(decoded.corrections, question.key).toEqual([]);
          expect(decoded.view).toBe(question.see.view);
          expect(decoded.params).toEqual(seeParams(question.see));
          const { see } = question;
          if (see.view === 'stack') {
            const params = decoded.params as { solve: number; reach: number };
            expect(params.solve).toBe(see.solve ?? 0);
            expect(params.reach).toBe(see.reach ?? 0);
          }
          if (see.view === 'conv' || see.view === 'pool' || see.view === 'transposed') {
            const params = decoded.params as { i: number[]; k: number[]; s: number[] };
            expect(params.i).toEqual(see.axes.map((a) => a.input));
            expect(params.k).toEqual(see.axes.map((a) => a.kernel));
            expect(params.s).toEqual(see.axes.map((a) => a.stride));
          }
        }
      }
    },
    60_000,
  );
});
