// `npm run bench:ui`: time from a keyboard change of a control to the next painted frame, and
// the animation's frame rate. Prints a table; asserts nothing about time (measurements only).
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 60);
const results: Record<string, unknown>[] = [];

function percentile(values: number[], p: number): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Installs a probe: keydown → the frame after the next paint (rAF, then a task after it). */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __latencies: number[] };
    w.__latencies = [];
    window.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.__latencies.push(performance.now() - start);
          channel.port2.postMessage(null);
        });
      },
      { capture: true },
    );
  });
}

async function measureLatency(page: Page, url: string, control: string): Promise<number[]> {
  await page.goto(url);
  await expect(page.getByTestId('grid-output')).toBeVisible();
  await installProbe(page);
  const slider = page.getByTestId(control);
  await slider.focus();
  for (let n = 0; n < SAMPLES + 5; n++) {
    await page.keyboard.press(n % 2 ? 'ArrowLeft' : 'ArrowRight');
    await page.waitForFunction(
      (count) => (window as unknown as { __latencies: number[] }).__latencies.length >= count,
      n + 1,
    );
  }
  const all = await page.evaluate(
    () => (window as unknown as { __latencies: number[] }).__latencies,
  );
  return all.slice(5);
}

async function measureFps(page: Page, url: string, seconds: number) {
  await page.goto(url);
  await expect(page.getByTestId('grid-output')).toBeVisible();
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('60');
  await page.getByTestId('play').click();
  const frames = await page.evaluate(async (ms) => {
    const times: number[] = [];
    await new Promise<void>((resolve) => {
      const start = performance.now();
      const tick = (now: number) => {
        times.push(now);
        if (now - start < ms) requestAnimationFrame(tick);
        else resolve();
      };
      requestAnimationFrame(tick);
    });
    return times;
  }, seconds * 1000);
  await page.getByTestId('play').click();
  const deltas = frames.slice(1).map((t, i) => t - frames[i]);
  const duration = frames[frames.length - 1] - frames[0];
  return {
    fps: (deltas.length * 1000) / duration,
    p95Frame: percentile(deltas, 95),
    long: deltas.filter((d) => d > 20).length,
  };
}

test.describe.configure({ mode: 'serial' });

test('keyboard change → next painted frame', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 1000 });
  const rows: string[] = [];
  for (const view of ['conv', 'transposed']) {
    for (const num of [0, 1]) {
      for (const i of [8, 32, 64]) {
        const url =
          view === 'conv'
            ? `?view=conv&i=${i}&k=3&s=1&p=1&num=${num}`
            : `?view=transposed&i=${Math.ceil(i / 2)}&k=4&s=2&p=1&num=${num}`;
        await page.goto(url);
        if (!page.url().includes(`view=${view}`)) continue; // a view this build does not have
        await expect(page.getByTestId('control-k-range')).toBeVisible();
        const samples = await measureLatency(page, url, 'control-k-range');
        const row = {
          view,
          num,
          grid: i,
          p50: percentile(samples, 50),
          p95: percentile(samples, 95),
          n: samples.length,
        };
        results.push(row);
        rows.push(
          `${view.padEnd(11)} num=${num}  ${String(i).padStart(2)}×${String(i).padEnd(2)} input  p50 ${row.p50.toFixed(1).padStart(5)} ms  p95 ${row.p95.toFixed(1).padStart(5)} ms  (n=${row.n})`,
        );
      }
    }
  }
  console.log(`\nKeyboard change of the kernel slider → next painted frame\n${rows.join('\n')}`);
  expect(rows.length).toBeGreaterThan(0);
});

test('animation frame rate at 64 × 64', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 1000 });
  const rows: string[] = [];
  for (const num of [0, 1]) {
    const r = await measureFps(page, `?view=conv&i=64&k=3&s=1&p=1&num=${num}`, 4);
    results.push({ view: 'conv', animation: true, num, ...r });
    rows.push(
      `conv num=${num} 64×64 → 64×64: ${r.fps.toFixed(1)} fps, p95 frame ${r.p95Frame.toFixed(1)} ms, ${r.long} frames > 20 ms`,
    );
  }
  console.log(`\nAnimation at 60 steps/s\n${rows.join('\n')}`);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/ui.json', JSON.stringify(results, null, 2));
  expect(rows).toHaveLength(2);
});
