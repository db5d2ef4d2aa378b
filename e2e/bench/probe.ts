// The latency probe of `npm run bench:ui`, shared by the app and the floor page.
//
// In a capturing `keydown` or `pointermove` listener the event's own `timeStamp` is noted; a
// `requestAnimationFrame` callback then posts a task through a `MessageChannel`, and that task
// reads `performance.now()`. The difference is "event → next painted frame": the frame that
// shows the answer has been produced when the task runs. The same figure for a page that only
// writes one text node (floor.html) divides it, so that the noise of the machine cancels.
import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from '@playwright/test';

declare global {
  interface Window {
    __latency?: number[];
  }
}

export const FLOOR_PATH = '/__bench/floor.html';
const FLOOR_HTML = readFileSync(new URL('./floor.html', import.meta.url), 'utf8');

/** Serves the floor page from the app's own origin (the same server, as far as the page knows). */
export async function serveFloor(page: Page): Promise<void> {
  await page.route(`**${FLOOR_PATH}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: FLOOR_HTML }),
  );
}

/** Installs the probe in the page's current document (again after every navigation). */
export async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    if (window.__latency) return;
    const samples: number[] = [];
    window.__latency = samples;
    const probe = (event: Event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => samples.push(performance.now() - start);
        channel.port2.postMessage(0);
      });
    };
    window.addEventListener('keydown', probe, { capture: true });
    window.addEventListener('pointermove', probe, { capture: true });
  });
}

/** Takes the samples gathered so far out of the page. */
export async function takeSamples(page: Page): Promise<number[]> {
  return page.evaluate(() => (window.__latency ?? []).splice(0));
}

/** CPU time a page has used so far, in milliseconds. */
export interface CpuTime {
  /** The renderer's main thread (script, style, layout, paint recording). */
  thread: number;
  /** The whole renderer process, its compositor and raster threads too (10 ms steps). */
  process: number;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/** The CPU time the page's renderer has used so far (Chromium's `Performance` metrics). */
export async function cpuTime(page: Page): Promise<CpuTime> {
  let session = sessions.get(page);
  if (!session) {
    session = page
      .context()
      .newCDPSession(page)
      .then(async (cdp) => {
        await cdp.send('Performance.enable');
        return cdp;
      });
    sessions.set(page, session);
  }
  const { metrics } = await (await session).send('Performance.getMetrics');
  const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { thread: value('ThreadTime'), process: value('ProcessTime') };
}

export function percentile(values: number[], p: number): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `count` presses of ArrowRight and ArrowLeft in turn on `control`, `gapMs` apart. */
export async function pressKeys(
  page: Page,
  control: string,
  count: number,
  gapMs = 200,
  /** When given, the CPU time of the presses is added to it (the page is idle between them). */
  cpu?: CpuTime & { presses: number },
): Promise<number[]> {
  await installProbe(page);
  await page.locator(control).focus();
  await pause(gapMs);
  await takeSamples(page);
  const before = cpu ? await cpuTime(page) : null;
  for (let n = 0; n < count; n++) {
    await page.keyboard.press(n % 2 ? 'ArrowLeft' : 'ArrowRight');
    await pause(gapMs);
  }
  await pause(300);
  if (cpu && before) {
    const after = await cpuTime(page);
    cpu.thread += after.thread - before.thread;
    cpu.process += after.process - before.process;
    cpu.presses += count;
  }
  return takeSamples(page);
}

/**
 * Moves the mouse over `count` cells of the grid `selector` (its `data-rows` × `data-cols` cells
 * with a one-pixel border), spread evenly over the grid in reading order, `gapMs` apart. The
 * first move, onto the grid from outside, is not counted.
 */
export async function hoverCells(
  page: Page,
  selector: string,
  count: number,
  gapMs = 120,
): Promise<number[]> {
  await installProbe(page);
  const grid = page.locator(selector);
  await grid.scrollIntoViewIfNeeded();
  const box = await grid.boundingBox();
  const rows = Number(await grid.getAttribute('data-rows'));
  const cols = Number(await grid.getAttribute('data-cols'));
  if (!box || !rows || !cols) throw new Error(`no grid at ${selector}`);
  const cw = (box.width - 2) / cols;
  const ch = (box.height - 2) / rows;
  const total = rows * cols;
  const at = (index: number) => ({
    x: box.x + 1 + ((index % cols) + 0.5) * cw,
    y: box.y + 1 + (Math.floor(index / cols) + 0.5) * ch,
  });
  const first = at(total - 1);
  await page.mouse.move(first.x, first.y);
  await pause(gapMs);
  await takeSamples(page);
  const moves = Math.min(count, total - 1);
  for (let n = 0; n < moves; n++) {
    const { x, y } = at(Math.floor((n * total) / moves));
    await page.mouse.move(x, y);
    await pause(gapMs);
  }
  await pause(300);
  const samples = await takeSamples(page);
  await page.mouse.move(1, 1);
  return samples;
}
