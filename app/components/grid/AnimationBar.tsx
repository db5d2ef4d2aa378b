import { memo, useId } from 'react';
import { useAppStore } from '../../store/store';
import { usePlaybackSettings } from '../animation/useAnimation';
import type { Stepper } from './useStepper';
import { t } from '../../i18n/i18n';

interface Props {
  /** The animation: its steps, the current one, and playback. */
  stepper: Stepper;
  /** What one step shows, e.g. "output (1, 2)". */
  describeStep: (t: number) => string;
}

const SPEEDS = [0.5, 1, 2, 4, 8, 16, 60];

/**
 * Play/pause, step, scrubber, speed and loop, with the keyboard shortcuts written out: Space
 * toggles play and the arrow keys step when the figure has focus (see `useStageKeys`). It
 * renders again only when its animation or description does, not when a cell is hovered.
 */
export const AnimationBar = memo(function AnimationBar({ stepper, describeStep }: Props) {
  const id = useId();
  const { steps, step, setStep, playing, togglePlay } = stepper;
  const last = Math.max(0, steps - 1);
  return (
    <div className="animation-bar" role="group" aria-label={t('common.anim.group')}>
      <button
        type="button"
        className="primary play-button"
        aria-pressed={playing}
        aria-keyshortcuts="Space"
        disabled={steps <= 1}
        onClick={togglePlay}
        data-testid="play"
      >
        {playing ? t('common.anim.pause') : t('common.anim.play')}
      </button>
      <button
        type="button"
        aria-label={t('common.anim.prev')}
        aria-keyshortcuts="ArrowLeft"
        disabled={step <= 0}
        onClick={() => setStep(step - 1)}
      >
        ◀
      </button>
      <button
        type="button"
        aria-label={t('common.anim.next')}
        aria-keyshortcuts="ArrowRight"
        disabled={step >= last}
        onClick={() => setStep(step + 1)}
      >
        ▶
      </button>
      <label className="scrubber" htmlFor={`${id}-scrub`}>
        <span>{t('common.anim.step', { step: step + 1, steps })}</span>
        <input
          id={`${id}-scrub`}
          type="range"
          min={0}
          max={last}
          value={step}
          aria-valuetext={`${t('common.anim.step', { step: step + 1, steps })}: ${describeStep(step)}`}
          onChange={(event) => setStep(Number(event.target.value))}
          data-testid="scrubber"
        />
      </label>
      <PlaybackSettings />
    </div>
  );
});

/**
 * Speed, loop and the keyboard shortcuts: the same for every step and size, so a press that
 * changes the animation's steps leaves them as they are.
 */
const PlaybackSettings = memo(function PlaybackSettings() {
  const { speed, loop } = usePlaybackSettings();
  const { setSpeed, setLoop } = useAppStore.getState();
  return (
    <>
      <label className="inline-field">
        {t('common.anim.speed')}
        <select value={speed} onChange={(event) => setSpeed(Number(event.target.value))}>
          {SPEEDS.map((value) => (
            <option key={value} value={value}>
              {t('common.anim.perSecond', { value })}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        <input type="checkbox" checked={loop} onChange={(event) => setLoop(event.target.checked)} />
        {t('common.anim.loop')}
      </label>
      <p className="shortcut-hint">
        {t('common.anim.keys1')}
        <kbd>Space</kbd>
        {t('common.anim.keys2')}
        <kbd>←</kbd> <kbd>→</kbd>
        {t('common.anim.keys3')}
        <kbd>Esc</kbd>
        {t('common.anim.keys4')}
      </p>
    </>
  );
});
