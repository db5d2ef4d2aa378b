import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';

/** Clicks a control and returns the download it starts, its name and its bytes. */
export async function downloadFrom(page: Page, testId: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: await bytesOf(download) };
}
const bytesOf = async (download: Download) => readFile(await download.path());

/** A PNG's width and height from its IHDR chunk. */
export const pngSize = (bytes: Buffer) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];

/** The cells of an exported SVG's grids whose id starts with `grid`, in document order. */
export async function svgCells(page: Page, svg: string, grid = 'output') {
  return page.evaluate(
    ({ text, grid }) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      if (doc.querySelector('parsererror')) throw new Error('the SVG does not parse');
      const cells = [...doc.querySelectorAll(`g[data-grid^="${grid}"] rect.cell`)];
      return {
        width: Number(doc.documentElement.getAttribute('width')),
        height: Number(doc.documentElement.getAttribute('height')),
        texts: doc.querySelectorAll('text').length,
        dashed: doc.querySelectorAll('rect[stroke-dasharray]').length,
        grids: [...doc.querySelectorAll('g[data-grid]')].map((g) => g.getAttribute('data-grid')),
        cells: cells.map((c) => ({
          x: Number(c.getAttribute('x')),
          y: Number(c.getAttribute('y')),
          size: Number(c.getAttribute('width')),
          fill: c.getAttribute('fill'),
        })),
      };
    },
    { text: svg, grid },
  );
}

/** The centre of a cell of an exported SVG, in whole pixels. */
export const centreOf = (cell: { x: number; y: number; size: number }) =>
  [Math.round(cell.x + cell.size / 2), Math.round(cell.y + cell.size / 2)] as [number, number];

/** Decodes a GIF in the page (WebCodecs): its frame count and the colours at some points. */
export async function gifPixels(
  page: Page,
  gif: Buffer,
  points: [number, number][],
  frames: number[],
) {
  return page.evaluate(
    async ({ data, points, frames }) => {
      const decoder = new ImageDecoder({ data: new Uint8Array(data), type: 'image/gif' });
      await decoder.tracks.ready;
      const track = decoder.tracks.selectedTrack;
      if (!track) throw new Error('no image track');
      const count = track.frameCount;
      const colours: string[][] = [];
      let size = [0, 0];
      for (const index of frames) {
        const { image } = await decoder.decode({ frameIndex: index < 0 ? count + index : index });
        size = [image.displayWidth, image.displayHeight];
        const canvas = new OffscreenCanvas(image.displayWidth, image.displayHeight);
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('no 2d context');
        ctx.drawImage(image, 0, 0);
        image.close();
        colours.push(
          points.map(([x, y]) => {
            const [r, g, b] = ctx.getImageData(x, y, 1, 1).data;
            return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
          }),
        );
      }
      return { count, colours, size };
    },
    { data: [...gif], points, frames },
  );
}
