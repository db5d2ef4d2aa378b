import type { Answer, Msg } from '../../../engine';
import { formatAnswer } from '../../../engine';
import { engineNote, sectionTitle } from '../../components/engineNote';
import { t } from '../../i18n/i18n';
import { say as sayMessage } from '../../i18n/say';

/**
 * A value as the message takes it: a section title of the paper and an engine note in the
 * page's language, a plural's `count` as a number, anything else (sizes, code, formulas) as
 * the text it is.
 */
function valueOf(name: string, value: string | number): string | number {
  if (name === 'count') return value;
  if (name === 'title') return sectionTitle(String(value));
  if (name === 'note') return engineNote(String(value)) ?? String(value);
  return String(value);
}

/**
 * An engine message in the page's language, through the practice catalogue.
 *
 * @example say({ id: 'practice.outputIs', values: { shape: '5 × 5' } }) // 'The output is 5 × 5.'
 */
export function say(message: Msg): string {
  return sayMessage(message, valueOf);
}

/** The right answer, stated: sizes and numbers as they are, options by their words, a cell count. */
export function sayAnswer(answer: Answer): string {
  switch (answer.kind) {
    case 'shape':
    case 'number':
      return formatAnswer(answer);
    case 'choice':
      return answer.correct.map((n) => say(answer.options[n])).join(t('practice.answer.sep'));
    case 'cells':
      return t('practice.answer.cells', { count: answer.value.length });
  }
}
