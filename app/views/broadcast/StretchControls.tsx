import { useEffect } from 'react';
import { useAppStore, type AppState } from '../../store/store';

type Props = {
  /** Axes stretched one after the other (trailing axis first). */
  order: number[];
  /** Steps done so far, 0 to order.length. */
  stage: number;
};

/** The animation track: the URL key of the step it drives. */
const TRACK = 't';
const selectPlaying = (s: AppState) => s.playing === TRACK;
const STEP_MS = 900;

const reducedMotion = () =>
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

const setStage = (t: number) => useAppStore.getState().setParams('broadcast', { t });

/** Step through the stretch axis by axis, or play it; reduced motion jumps to the end. */
export function StretchControls({ order, stage }: Props) {
  const playing = useAppStore(selectPlaying);
  const last = order.length;

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const current = Math.min(useAppStore.getState().params.broadcast.t, last);
      if (current >= last) useAppStore.getState().setPlaying(null);
      else setStage(current + 1);
    }, STEP_MS);
    return () => clearInterval(timer);
  }, [playing, last]);

  if (!last) {
    return <p className="field-hint">No operand is stretched: every axis already matches.</p>;
  }
  const play = () => {
    const { setPlaying } = useAppStore.getState();
    if (playing) return setPlaying(null);
    if (reducedMotion()) return setStage(last);
    if (stage >= last) setStage(0);
    setPlaying(TRACK);
  };
  const status =
    stage === 0
      ? 'Step 0: each operand as stored.'
      : `Step ${stage} of ${last}: stretched along axis ${order.slice(0, stage).join(', axis ')}.`;
  return (
    <div className="stretch-controls" role="group" aria-label="Stretch steps">
      <button type="button" onClick={() => setStage(Math.max(0, stage - 1))} disabled={stage === 0}>
        Previous step
      </button>
      <button type="button" className="primary" onClick={play} aria-pressed={playing}>
        {playing ? 'Pause' : 'Play stretch'}
      </button>
      <button
        type="button"
        onClick={() => setStage(Math.min(last, stage + 1))}
        disabled={stage >= last}
      >
        Next step
      </button>
      <p className="stretch-status" aria-live="polite" data-testid="stretch-status">
        {status}
      </p>
    </div>
  );
}
