import { ExportFailure, type ExportResult } from './exportJob';
import type { VectorPicture } from './exportable';

/**
 * An SVG document as a PNG at `scale` device pixels per CSS pixel. Drawn on the page, not in
 * the worker: a worker cannot decode SVG. The document is loaded as an image from a `blob:`
 * URL (the page's policy allows `blob:` images), so nothing in it can run.
 */
export async function rasterise(picture: VectorPicture, scale: number): Promise<ExportResult> {
  const url = URL.createObjectURL(new Blob([picture.svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(picture.width * scale);
    canvas.height = Math.round(picture.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new ExportFailure('noCanvas', 'this browser cannot draw on a canvas');
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new ExportFailure('noPng', 'the browser could not write the PNG');
    return { blob, width: canvas.width, height: canvas.height, frames: 1 };
  } finally {
    URL.revokeObjectURL(url);
  }
}
