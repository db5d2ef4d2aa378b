// `npm run bench:ui`, part 1: how soon a kernel key press and an output-cell hover reach the
// screen, as ratios to the floor page (see probe.ts), p50 and p95. Each configuration is measured
// in rounds, the floor page's round right after the app's in a second tab of the same browser, so
// that both see the same load. Prints tables; asserts nothing about time.
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { FLOOR_PATH, hoverCells, percentile, pressKeys, serveFloor, type CpuTime } from './probe';

const KEYS = Number(process.env.BENCH_KEYS ?? 60);
const CELLS = Number(process.env.BENCH_CELLS ?? 60);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
/** Only the configurations whose label matches (all by default). */
const ONLY = new RegExp(process.env.BENCH_ONLY ?? '');

interface Config {
  label: string;
  url: string;
  /** The control pressed (ArrowRight, ArrowLeft in turn). */
  key: string;
  /** The grid hovered; none: key presses only. */
  hover?: string;
}

const CONFIGS: Config[] = [
  ...[16, 32, 64].flatMap((i) =>
    [0, 1].map((num) => ({
      label: `conv ${i}×${i} num=${num}`,
      url: `?view=conv&i=${i}&k=3&s=1&p=1&num=${num}`,
      key: '[data-testid="control-k-range"]',
      hover: '[data-testid="grid-output"]',
    })),
  ),
  ...[0, 1].map((num) => ({
    label: `transposed 32→64 num=${num}`,
    url: `?view=transposed&i=32&k=4&s=2&p=1&num=${num}`,
    key: '[data-testid="control-k-range"]',
    hover: '[data-testid="grid-output"]',
  })),
  {
    label: 'stack 64×64 (default layers)',
    url: '?view=stack&i=64',
    key: '[data-testid="control-i-range"]',
    hover: '[data-testid^="grid-map-"] >> nth=-1',
  },
];

/** The largest figures (issue 18): key presses in milliseconds, and as ratios. */
const LARGE: Config[] = [
  {
    label: 'largest conv 64×64 k=15 p=7 num=1',
    url: '?view=conv&i=64&k=15&s=1&p=7&num=1',
    key: '[data-testid="control-k-range"]',
  },
  {
    label: 'transposed 64 s=8 k=15 d=8 → 624',
    url: '?view=transposed&i=64&s=8&k=15&d=8&p=0&op=7&num=1&heat=1',
    key: '[data-testid="control-k-range"]',
  },
];

interface Measured {
  app: number[];
  floor: number[];
  /** CPU time of the key presses (page idle between them), app and floor page. */
  appCpu: CpuTime & { presses: number };
  floorCpu: CpuTime & { presses: number };
}

async function openApp(page: Page, url: string, key: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator(key)).toBeVisible({ timeout: 20_000 });
}

async function measure(
  app: Page,
  floor: Page,
  config: Config,
  kind: 'key' | 'hover',
): Promise<Measured> {
  const result: Measured = {
    app: [],
    floor: [],
    appCpu: { thread: 0, process: 0, presses: 0 },
    floorCpu: { thread: 0, process: 0, presses: 0 },
  };
  const per = Math.ceil((kind === 'key' ? KEYS : CELLS) / ROUNDS);
  await openApp(app, config.url, config.key);
  for (let round = 0; round < ROUNDS; round++) {
    await app.bringToFront();
    result.app.push(
      ...(kind === 'key'
        ? await pressKeys(app, config.key, per, undefined, result.appCpu)
        : await hoverCells(app, config.hover!, per)),
    );
    await floor.bringToFront();
    result.floor.push(
      ...(kind === 'key'
        ? await pressKeys(floor, '#k', per, undefined, result.floorCpu)
        : await hoverCells(floor, '#pad', per)),
    );
  }
  return result;
}

const ms = (n: number) => n.toFixed(1).padStart(6);
const ratio = (n: number) => n.toFixed(2).padStart(5);

function row(m: Measured) {
  const stats = {
    n: m.app.length,
    app50: percentile(m.app, 50),
    app95: percentile(m.app, 95),
    floor50: percentile(m.floor, 50),
    floor95: percentile(m.floor, 95),
  };
  const per = (cpu: Measured['appCpu']) => ({
    thread: cpu.presses ? cpu.thread / cpu.presses : NaN,
    process: cpu.presses ? cpu.process / cpu.presses : NaN,
  });
  const cpu = { app: per(m.appCpu), floor: per(m.floorCpu) };
  const cpuText = m.appCpu.presses
    ? `; CPU per press: app ${ms(cpu.app.thread)} main thread, ${ms(cpu.app.process)} renderer; floor ${ms(cpu.floor.thread)} /${ms(cpu.floor.process)} ms`
    : '';
  return {
    stats: {
      ...stats,
      r50: stats.app50 / stats.floor50,
      r95: stats.app95 / stats.floor95,
      ...(m.appCpu.presses ? { cpu } : {}),
    },
    text: (l: string) =>
      `${l.padEnd(38)} ${ratio(stats.app50 / stats.floor50)} ${ratio(stats.app95 / stats.floor95)}   (app ${ms(stats.app50)} /${ms(stats.app95)} ms, floor ${ms(stats.floor50)} /${ms(stats.floor95)} ms, n=${stats.n}${cpuText})`,
  };
}

test.describe.configure({ mode: 'serial' });

test('event → next painted frame, as a ratio to the floor page', async ({ browser }) => {
  test.setTimeout(1_800_000);
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const app = await context.newPage();
  const floor = await context.newPage();
  await serveFloor(floor);
  const base = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1:4173/');
  await floor.goto(new URL(FLOOR_PATH, base).href);
  const results: Record<string, unknown>[] = [];
  const keyRows: string[] = [];
  const hoverRows: string[] = [];
  for (const config of CONFIGS.filter((c) => ONLY.test(c.label))) {
    const keys = row(await measure(app, floor, config, 'key'));
    keyRows.push(keys.text(config.label));
    results.push({ kind: 'key', label: config.label, ...keys.stats });
    const hover = row(await measure(app, floor, config, 'hover'));
    hoverRows.push(hover.text(config.label));
    results.push({ kind: 'hover', label: config.label, ...hover.stats });
  }
  const largeRows: string[] = [];
  const largeCpu: number[] = [];
  for (const config of LARGE.filter((c) => ONLY.test(c.label))) {
    const keys = row(await measure(app, floor, config, 'key'));
    largeRows.push(keys.text(config.label));
    results.push({ kind: 'key', label: config.label, ...keys.stats });
    largeCpu.push(keys.stats.cpu?.app.thread ?? NaN);
  }
  if (largeCpu.length === 2) {
    largeRows.push(
      `Main-thread CPU per press, transposed / largest conv: ${(largeCpu[1] / largeCpu[0]).toFixed(2)}`,
    );
  }
  const head = `${''.padEnd(38)}   p50   p95   (ratios to the floor page)`;
  console.log(
    [
      '',
      'Kernel key press → next painted frame',
      head,
      ...keyRows,
      '',
      'Output-cell hover → next painted frame',
      head,
      ...hoverRows,
      '',
      'Largest figures: kernel key press → next painted frame',
      head,
      ...largeRows,
      '',
      'Target (the older tool at 16×16): key 3.47 / 3.37, hover 2.58 / 2.45',
    ].join('\n'),
  );
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/latency.json', JSON.stringify(results, null, 2));
  await context.close();
  expect(results.length).toBeGreaterThan(0);
});
