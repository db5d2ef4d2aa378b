/// <reference lib="webworker" />
/**
 * Draws a figure's pictures off the main thread, from the same scene for every format: PNG on
 * an OffscreenCanvas, SVG as text, and the animated GIF frame by frame, mapped to the figure's
 * own palette and written by gifenc, with progress after every frame. The page cancels by
 * ending the worker.
 */
import { GIFEncoder, applyPalette } from 'gifenc';
import { ExportFailure, type ExportReply, type ExportRequest } from './exportJob';
import { gifFrames, gifRepeat, scenePalette } from './gifPlan';
import { drawScene } from './sceneCanvas';
import type { SceneSequence } from './sceneSource';
import { sceneSvg } from './sceneSvg';
import { sequenceOf } from './sequences';

const post = (reply: ExportReply) => (self as DedicatedWorkerGlobalScope).postMessage(reply);

function context(width: number, height: number) {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) {
    throw new ExportFailure(
      'noWorkerCanvas',
      'this browser cannot draw in a worker (no OffscreenCanvas 2D)',
    );
  }
  return { canvas, ctx };
}

function gif(sequence: SceneSequence, request: Extract<ExportRequest, { format: 'gif' }>) {
  const frames = gifFrames(sequence.frames, request.timing);
  if (!frames.length) throw new ExportFailure('noAnimation', 'this figure has no animation');
  const first = sequence.frame(0);
  const middle = sequence.frame(frames.length >> 1);
  const palette = scenePalette([first, middle, sequence.frame(frames.length - 1)]);
  const { width, height } = first;
  const { ctx } = context(width, height);
  const encoder = GIFEncoder();
  frames.forEach((frame, index) => {
    drawScene(ctx, sequence.frame(frame.step), 1);
    const rgba = ctx.getImageData(0, 0, width, height).data;
    encoder.writeFrame(applyPalette(rgba, palette), width, height, {
      palette: index === 0 ? palette : undefined,
      delay: frame.delay,
      repeat: gifRepeat(request.timing.plays),
    });
    post({ type: 'progress', done: index + 1, total: frames.length });
  });
  encoder.finish();
  const bytes = encoder.bytes();
  return {
    blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/gif' }),
    width,
    height,
    frames: frames.length,
  };
}

async function run(request: ExportRequest): Promise<ExportReply> {
  const sequence = sequenceOf(request.figure);
  if (request.format === 'gif') return { type: 'done', ...gif(sequence, request) };
  const scene = sequence.still();
  if (request.format === 'svg') {
    const blob = new Blob([sceneSvg(scene)], { type: 'image/svg+xml' });
    return { type: 'done', blob, width: scene.width, height: scene.height, frames: 1 };
  }
  const { scale } = request;
  const { canvas, ctx } = context(
    Math.round(scene.width * scale),
    Math.round(scene.height * scale),
  );
  drawScene(ctx, scene, scale);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return { type: 'done', blob, width: canvas.width, height: canvas.height, frames: 1 };
}

self.onmessage = (event: MessageEvent<ExportRequest>) => {
  run(event.data).then(post, (error: unknown) =>
    post({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
      reason: error instanceof ExportFailure ? error.reason : undefined,
    }),
  );
};
