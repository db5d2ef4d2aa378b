import { useCallback, useMemo, useRef, useState } from 'react';
import { nextLevel, practiceTable, type Outcome, type PracticeTopic } from '../../../engine';
import { ViewLayout } from '../../components/ViewLayout';
import { t } from '../../i18n/i18n';
import { setKey, type PracticeResult } from '../../store/practiceProgress';
import { useAppStore, type AppState } from '../../store/store';
import { useViewParams } from '../../store/useViewParams';
import { encode } from '../../url/codec';
import { buildPracticeModel } from './practiceModel';
import { PracticeControls } from './PracticeControls';
import { ProgressPanel } from './ProgressPanel';
import { QuestionCard } from './QuestionCard';
import { SetProgress } from './SetProgress';
import { SetSummary } from './SetSummary';
import './practice.css';

const selectProgress = (s: AppState) => s.practice;

/** Practice: a set of ten generated questions, checked at once, each opening its explorer view. */
export default function PracticeView() {
  const [params, set] = useViewParams('practice');
  const progress = useAppStore(selectProgress);
  const table = useMemo(
    () => practiceTable(params.topic, params.seed),
    [params.topic, params.seed],
  );
  const key = setKey(params.topic, params.seed);
  const model = buildPracticeModel(table, params, progress.sets[key]);
  // Focus moves to the question after Next, not when the page opens.
  const [moved, setMoved] = useState(false);
  const summary = useRef<HTMLHeadingElement>(null);

  const startSet = useCallback(
    (topic: PracticeTopic, seed: number) => {
      setMoved(true);
      set({ topic, seed, q: 1, lvl: 1 });
    },
    [set],
  );
  const onResult = (outcome: Outcome, picked?: number[]) =>
    useAppStore
      .getState()
      .recordPractice(key, model.place, { level: model.level, outcome, ...(picked && { picked }) });
  const onNext = () => {
    if (model.last) {
      summary.current?.focus();
      return;
    }
    const outcome = model.results[model.place]?.outcome ?? 'second';
    setMoved(true);
    set({ q: model.place + 2, lvl: nextLevel(model.level, outcome) });
  };
  const hrefOf = (place: number, result: PracticeResult) =>
    encode('practice', { ...params, q: place + 1, lvl: result.level });
  const finished = model.complete || (model.last && model.recorded !== null);

  return (
    <ViewLayout
      className="practice-view"
      title={t('practice.title')}
      lede={t('practice.lede')}
      narrowOrder="figure-first"
      controls={
        <>
          <PracticeControls topic={params.topic} seed={params.seed} onSet={startSet} />
          <ProgressPanel
            progress={progress}
            onReset={() => useAppStore.getState().resetPractice()}
          />
        </>
      }
      figure={
        <>
          <QuestionCard
            key={`${key}:${model.place}:${model.question.key}`}
            question={model.question}
            place={model.place}
            size={table.length}
            answerText={model.answerText}
            seeHref={model.seeHref}
            recorded={model.recorded}
            focusOnShow={moved}
            last={model.last}
            onResult={onResult}
            onNext={onNext}
          />
          {finished && (
            <SetSummary
              ref={summary}
              score={model.score}
              size={table.length}
              onAgain={() => {
                useAppStore.getState().restartPractice(key);
                startSet(params.topic, params.seed);
              }}
              onNextSet={() => startSet(params.topic, (params.seed + 1) % 100000)}
            />
          )}
        </>
      }
      panels={
        <SetProgress
          results={model.results}
          place={model.place}
          score={model.score}
          hrefOf={hrefOf}
        />
      }
    />
  );
}
