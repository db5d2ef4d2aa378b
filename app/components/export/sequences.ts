import { sourceSequence } from '../../exportScenes';
import type { ExportFigure } from './exportable';
import { animationScene, type WindowAnimation } from './scene';
import type { SceneSequence } from './sceneSource';
import { stageAnimation } from './stageAnimation';

/** A sliding-window animation's pictures: one frame per step, the still at step `step`. */
function animationSequence(animation: WindowAnimation, step: number): SceneSequence {
  return {
    frames: animation.steps.length,
    frame: (n) => animationScene(animation, n),
    still: () => animationScene(animation, step),
  };
}

/** The pictures of a figure sent to the export worker (built there). */
export function sequenceOf(figure: ExportFigure): SceneSequence {
  if ('source' in figure) return sourceSequence(figure.source);
  if ('scenes' in figure) {
    const { scenes, step } = figure;
    const at = (n: number) => scenes[Math.max(0, Math.min(n, scenes.length - 1))];
    return { frames: scenes.length, frame: at, still: () => at(step) };
  }
  const animation =
    'animation' in figure ? figure.animation : stageAnimation(figure.stage, figure.options);
  return animationSequence(animation, figure.step);
}
