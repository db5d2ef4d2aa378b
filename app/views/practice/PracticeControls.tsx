import { useId } from 'react';
import { PRACTICE_TOPICS, type PracticeTopic } from '../../../engine';
import { NumberField } from '../../components/NumberField';
import { t } from '../../i18n/i18n';
import { topicLabel } from './topicLabels';

interface Props {
  topic: PracticeTopic;
  seed: number;
  /** Starts a set: another topic or set number, from its first question. */
  onSet: (topic: PracticeTopic, seed: number) => void;
}

/** The set: its topic and its number (the seed every question is drawn from). */
export function PracticeControls({ topic, seed, onSet }: Props) {
  const id = useId();
  return (
    <section className="panel practice-controls" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('practice.set.title')}</h2>
      <label className="stacked-field" htmlFor={`${id}-topic`}>
        {t('practice.set.topic')}
        <select
          id={`${id}-topic`}
          value={topic}
          onChange={(event) => onSet(event.target.value as PracticeTopic, seed)}
          data-testid="practice-topic"
        >
          {PRACTICE_TOPICS.map((topic) => (
            <option key={topic} value={topic}>
              {topicLabel(topic)}
            </option>
          ))}
        </select>
      </label>
      <NumberField
        label={t('practice.set.number')}
        value={seed}
        min={0}
        max={99999}
        onCommit={(s) => onSet(topic, s)}
        hint={t('practice.set.numberHint')}
        testId="practice-seed"
      />
      <button
        type="button"
        onClick={() => onSet(topic, (seed + 1) % 100000)}
        data-testid="practice-new-set"
      >
        {t('practice.set.new')}
      </button>
    </section>
  );
}
