import type { Scene } from './scene';

/**
 * A figure that is not a sliding window (the layer stack, the channel picture, the transposed
 * view's scatter), as the plain data its scenes are built from in the export worker, tagged
 * by its kind. The app wires each kind to its view's builder (`app/exportScenes.ts`).
 */
export interface SceneSource {
  readonly kind: string;
  readonly [data: string]: unknown;
}

/** A figure's pictures: the one on screen now, and the frames of its GIF. */
export interface SceneSequence {
  /** Frames of the GIF. */
  frames: number;
  /** The picture of frame `n` (0-based); every frame has the same size. */
  frame: (n: number) => Scene;
  /** The picture as the screen shows it now (PNG, SVG). */
  still: () => Scene;
}
