import { describe, expect, it } from 'vitest';
import { practiceTable } from '../../../engine';
import { decode } from '../../url/codec';
import type { ViewParams } from '../../url/schema';
import { buildPracticeModel, scoreOf } from './practiceModel';

const paramsOf = (search: string) => decode(search).params as ViewParams<'practice'>;

describe('practice model', () => {
  it('shows the question of the URL’s place and level', () => {
    const params = paramsOf('?view=practice&topic=pool-size&seed=5&q=4&lvl=3');
    const table = practiceTable('pool-size', 5);
    const model = buildPracticeModel(table, params, undefined);
    expect(model.place).toBe(3);
    expect(model.level).toBe(3);
    expect(model.question).toBe(table[3][2]);
    expect(model.seeHref.startsWith('?view=pool&')).toBe(true);
    expect(model.recorded).toBeNull();
    expect(model.last).toBe(false);
  });

  it('a recorded result counts only at the level it was asked', () => {
    const table = practiceTable('conv-size', 1);
    const results = [{ level: 2 as const, outcome: 'first' as const }];
    const at2 = buildPracticeModel(
      table,
      paramsOf('?view=practice&topic=conv-size&q=1&lvl=2'),
      results,
    );
    const at1 = buildPracticeModel(
      table,
      paramsOf('?view=practice&topic=conv-size&q=1&lvl=1'),
      results,
    );
    expect(at2.recorded).toEqual({ level: 2, outcome: 'first' });
    expect(at1.recorded).toBeNull();
    expect(at1.score).toEqual({ first: 1, second: 0, shown: 0, answered: 1 });
  });

  it('scores a whole set', () => {
    const results = [
      ...Array(6).fill({ level: 2, outcome: 'first' }),
      ...Array(3).fill({ level: 1, outcome: 'second' }),
      { level: 1, outcome: 'shown' },
    ];
    expect(scoreOf(results)).toEqual({ first: 6, second: 3, shown: 1, answered: 10 });
    const model = buildPracticeModel(
      practiceTable('mixed', 1),
      paramsOf('?view=practice&q=10'),
      results,
    );
    expect(model.complete).toBe(true);
    expect(model.last).toBe(true);
  });
});
