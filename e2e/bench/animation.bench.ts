// `npm run bench:ui`, part 2: the animation's frame rate at 64 × 64, and what a long animation
// and many back/forward steps leave behind (JavaScript heap and DOM nodes after a garbage
// collection). Prints tables; asserts nothing about time or memory.
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { percentile } from './probe';

const ANIMATION_MS = Number(process.env.BENCH_ANIMATION_MS ?? 4000);
const LEAK_ANIMATION_MS = Number(process.env.BENCH_LEAK_MS ?? 60_000);
const HISTORY_STEPS = Number(process.env.BENCH_HISTORY_STEPS ?? 1000);
const results: Record<string, unknown>[] = [];

/** Frame times of the page for `ms` milliseconds. */
async function frames(page: Page, ms: number): Promise<number[]> {
  return page.evaluate(async (span) => {
    const times: number[] = [];
    await new Promise<void>((resolve) => {
      const start = performance.now();
      const tick = (now: number) => {
        times.push(now);
        if (now - start < span) requestAnimationFrame(tick);
        else resolve();
      };
      requestAnimationFrame(tick);
    });
    return times;
  }, ms);
}

async function play(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('60');
  await page.getByTestId('play').click();
}

test.describe.configure({ mode: 'serial' });

test('animation frame rate at 64 × 64', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 1000 });
  const rows: string[] = [];
  for (const num of [0, 1]) {
    await page.goto(`?view=conv&i=64&k=3&s=1&p=1&num=${num}`);
    await expect(page.getByTestId('grid-output')).toBeVisible();
    await play(page);
    const times = await frames(page, ANIMATION_MS);
    const steps = await page.getByTestId('scrubber').inputValue();
    await page.getByTestId('play').click();
    const deltas = times.slice(1).map((t, i) => t - times[i]);
    const fps = (deltas.length * 1000) / (times[times.length - 1] - times[0]);
    const row = {
      animation: true,
      num,
      fps,
      p95Frame: percentile(deltas, 95),
      long: deltas.filter((d) => d > 20).length,
    };
    results.push(row);
    rows.push(
      `conv 64×64 num=${num}: ${fps.toFixed(1)} fps, p95 frame ${row.p95Frame.toFixed(1)} ms, ${row.long} of ${deltas.length} frames > 20 ms (reached step ${steps})`,
    );
  }
  console.log(`\nAnimation at 60 steps per second, one step per frame\n${rows.join('\n')}`);
  expect(rows).toHaveLength(2);
});

interface Memory {
  heap: number;
  nodes: number;
  listeners: number;
}

/** Heap in use and DOM counters after a full garbage collection. */
async function memory(cdp: CDPSession): Promise<Memory> {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return { heap: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(2)} MB`;
const growth = (label: string, before: Memory, after: Memory) =>
  `${label.padEnd(44)} heap ${mb(before.heap)} → ${mb(after.heap)} (${after.heap >= before.heap ? '+' : ''}${mb(after.heap - before.heap)}), DOM nodes ${before.nodes} → ${after.nodes}, listeners ${before.listeners} → ${after.listeners}`;

test('heap and DOM-node growth: a long animation, many back/forward steps', async ({ page }) => {
  test.setTimeout(LEAK_ANIMATION_MS + HISTORY_STEPS * 400 + 120_000);
  await page.setViewportSize({ width: 1280, height: 1000 });
  const cdp = await page.context().newCDPSession(page);
  const rows: string[] = [];

  await page.goto('?view=conv&i=64&k=3&s=1&p=1&num=1');
  await expect(page.getByTestId('grid-output')).toBeVisible();
  // Warm up: one loop of the animation, so that caches and lazily built parts exist.
  await play(page);
  await page.waitForTimeout(2000);
  const before = await memory(cdp);
  await page.waitForTimeout(LEAK_ANIMATION_MS);
  await page.getByTestId('play').click();
  const after = await memory(cdp);
  rows.push(growth(`${LEAK_ANIMATION_MS / 1000} s of animation, conv 64×64`, before, after));
  results.push({ leak: 'animation', ms: LEAK_ANIMATION_MS, before, after });

  // History: entries that change the view and the parameters, then back and forward over them.
  const urls = [
    '?view=conv&i=16&k=3',
    '?view=transposed&i=8&k=3&s=2',
    '?view=pool&i=12',
    '?view=conv&i=64&k=5&num=1',
    '?view=stack&i=64',
  ];
  for (const url of urls) {
    await page.evaluate((u) => {
      history.pushState(null, '', u);
      dispatchEvent(new PopStateEvent('popstate'));
    }, url);
    await expect(page.locator('main')).toBeVisible();
  }
  await page.waitForTimeout(500);
  const start = await memory(cdp);
  for (let n = 0; n < HISTORY_STEPS; n++) {
    const back = Math.floor(n / (urls.length - 1)) % 2 === 0;
    // Resolves once the popstate has been handled and the next frame painted.
    await page.evaluate(
      (b) =>
        new Promise<void>((resolve) => {
          addEventListener('popstate', () => requestAnimationFrame(() => setTimeout(resolve, 0)), {
            once: true,
          });
          if (b) history.back();
          else history.forward();
        }),
      back,
    );
  }
  await page.waitForTimeout(500);
  const end = await memory(cdp);
  rows.push(growth(`${HISTORY_STEPS} back/forward steps over 5 views`, start, end));
  results.push({ leak: 'history', steps: HISTORY_STEPS, before: start, after: end });

  console.log(`\nHeap and DOM after a garbage collection\n${rows.join('\n')}`);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/ui.json', JSON.stringify(results, null, 2));
  expect(rows).toHaveLength(2);
});
