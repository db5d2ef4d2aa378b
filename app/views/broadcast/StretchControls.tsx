import { useAnimation } from '../../components/animation/useAnimation';
import { stretchStatus } from './picture';
import { t } from '../../i18n/i18n';

type Props = {
  /** Axes stretched one after the other (trailing axis first). */
  order: number[];
  /** Steps done so far, 0 to order.length. */
  stage: number;
  /** Moves to a step (the URL's `t`). */
  setStage: (stage: number) => void;
};

/** A stretch step lasts this long when played. */
const STEP_MS = 900;

/**
 * Step through the stretch axis by axis, or play it on the app's animation clock; with reduced
 * motion, Play shows the last step at once.
 */
export function StretchControls({ order, stage, setStage }: Props) {
  const last = order.length;
  const { playing, togglePlay } = useAnimation({
    track: 't',
    steps: last + 1,
    step: stage,
    setStep: setStage,
    rate: 1000 / STEP_MS,
    loop: false,
    reducedMotion: 'jump',
  });

  if (!last) {
    return <p className="field-hint">{t('broadcast.sc.none')}</p>;
  }
  const status = stretchStatus(order, stage);
  return (
    <div className="stretch-controls" role="group" aria-label={t('broadcast.sc.label')}>
      <button type="button" onClick={() => setStage(Math.max(0, stage - 1))} disabled={stage === 0}>
        {t('common.anim.prev')}
      </button>
      <button type="button" className="primary" onClick={togglePlay} aria-pressed={playing}>
        {playing ? t('common.anim.pause') : t('broadcast.sc.play')}
      </button>
      <button
        type="button"
        onClick={() => setStage(Math.min(last, stage + 1))}
        disabled={stage >= last}
      >
        {t('common.anim.next')}
      </button>
      <p className="stretch-status" aria-live="polite" data-testid="stretch-status">
        {status}
      </p>
    </div>
  );
}
