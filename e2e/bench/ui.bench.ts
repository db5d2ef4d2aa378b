// `npm run bench:ui`: how fast a keyboard change of a control reaches the screen, and the
// animation's frame rate. Prints tables; asserts nothing about time (measurements only).
//
// Three times per key press, all from the keydown event's timestamp:
//   work  — the app has handled the change: React committed and the canvases are repainted
//           (a bubbling `input` listener on window, which runs after React's own);
//   frame — the next animation frame starts (requestAnimationFrame);
//   paint — that frame has been painted (a task posted from the rAF callback).
// The same probe on a page that only updates a text node gives the floor of `paint` here.
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 80);
const WARMUP = 10;
const results: Record<string, unknown>[] = [];

interface Sample {
  work: number;
  frame: number;
  paint: number;
}

function percentile(values: number[], p: number): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __samples: Sample[] };
    w.__samples = [];
    let current: Partial<Sample> & { start: number } = { start: 0 };
    window.addEventListener('input', () => (current.work = performance.now() - current.start));
    window.addEventListener(
      'keydown',
      (event) => {
        const sample: Partial<Sample> & { start: number } = { start: event.timeStamp };
        current = sample;
        requestAnimationFrame(() => {
          sample.frame = performance.now() - sample.start;
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            sample.paint = performance.now() - sample.start;
            w.__samples.push(sample as Sample);
          };
          channel.port2.postMessage(null);
        });
      },
      { capture: true },
    );
  });
}

async function pressAndMeasure(page: Page, control: string): Promise<Sample[]> {
  await installProbe(page);
  await page.locator(control).focus();
  for (let n = 0; n < SAMPLES + WARMUP; n++) {
    await page.keyboard.press(n % 2 ? 'ArrowLeft' : 'ArrowRight');
    await page.waitForFunction(
      (count) => (window as unknown as { __samples: Sample[] }).__samples.length >= count,
      n + 1,
    );
  }
  const all = await page.evaluate(() => (window as unknown as { __samples: Sample[] }).__samples);
  return all.slice(WARMUP);
}

function summarize(label: string, samples: Sample[]): string {
  const row = {
    label,
    n: samples.length,
    ...Object.fromEntries(
      (['work', 'frame', 'paint'] as const).flatMap((k) => [
        [
          `${k}50`,
          percentile(
            samples.map((s) => s[k] ?? Number.NaN),
            50,
          ),
        ],
        [
          `${k}95`,
          percentile(
            samples.map((s) => s[k] ?? Number.NaN),
            95,
          ),
        ],
      ]),
    ),
  } as Record<string, number | string>;
  results.push(row);
  const f = (k: string) => (row[k] as number).toFixed(1).padStart(5);
  return `${label.padEnd(34)} work ${f('work50')} / ${f('work95')}   frame ${f('frame50')} / ${f('frame95')}   paint ${f('paint50')} / ${f('paint95')}`;
}

test.describe.configure({ mode: 'serial' });

test('keyboard change → screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 1000 });
  const rows: string[] = [];
  // The floor: a range input that updates one text node, in the same browser.
  await page.setContent('<input type="range" min="0" max="10" value="3"><output>3</output>');
  await page.evaluate(() => {
    const input = document.querySelector('input') as HTMLInputElement;
    input.addEventListener(
      'input',
      () => (document.querySelector('output')!.textContent = input.value),
    );
  });
  rows.push(summarize('floor: one text node', await pressAndMeasure(page, 'input')));
  for (const view of ['conv', 'transposed'] as const) {
    for (const num of [0, 1]) {
      for (const i of [8, 32, 64]) {
        const url =
          view === 'conv'
            ? `?view=conv&i=${i}&k=3&s=1&p=1&num=${num}`
            : `?view=transposed&i=${i / 2}&k=4&s=2&p=1&num=${num}`;
        await page.goto(url);
        await expect(page.getByTestId('control-k-range')).toBeVisible();
        const label = `${view} ${view === 'conv' ? `${i}×${i} input` : `${i / 2}×${i / 2} → ${i}×${i}`} num=${num}`;
        rows.push(summarize(label, await pressAndMeasure(page, '[data-testid="control-k-range"]')));
      }
    }
  }
  console.log(`\nKeyboard change of the kernel slider (ms, p50 / p95)\n${rows.join('\n')}`);
  expect(rows.length).toBe(13);
});

test('animation frame rate at 64 × 64', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 1000 });
  const rows: string[] = [];
  for (const num of [0, 1]) {
    await page.goto(`?view=conv&i=64&k=3&s=1&p=1&num=${num}`);
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
    }, 4000);
    const steps = await page.getByTestId('scrubber').inputValue();
    await page.getByTestId('play').click();
    const deltas = frames.slice(1).map((t, i) => t - frames[i]);
    const fps = (deltas.length * 1000) / (frames[frames.length - 1] - frames[0]);
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
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/ui.json', JSON.stringify(results, null, 2));
  expect(rows).toHaveLength(2);
});
