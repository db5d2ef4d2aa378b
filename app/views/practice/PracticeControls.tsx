import { useId } from 'react';
import { PRACTICE_TOPICS, type PracticeTopic } from '../../../engine';
import { NumberField } from '../../components/NumberField';
import { TOPIC_LABELS } from './topicLabels';

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
      <h2 id={`${id}-heading`}>Set</h2>
      <label className="stacked-field" htmlFor={`${id}-topic`}>
        Topic
        <select
          id={`${id}-topic`}
          value={topic}
          onChange={(event) => onSet(event.target.value as PracticeTopic, seed)}
          data-testid="practice-topic"
        >
          {PRACTICE_TOPICS.map((t) => (
            <option key={t} value={t}>
              {TOPIC_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <NumberField
        label="Set number"
        value={seed}
        min={0}
        max={99999}
        onCommit={(s) => onSet(topic, s)}
        hint="The same topic and number give the same ten questions: send the link to a class."
        testId="practice-seed"
      />
      <button
        type="button"
        onClick={() => onSet(topic, (seed + 1) % 100000)}
        data-testid="practice-new-set"
      >
        New set
      </button>
    </section>
  );
}
