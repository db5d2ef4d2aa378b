// `npm run lighthouse`: Lighthouse's mobile performance audit of every view of the built app
// (`dist/`), served by a plain static server that compresses like any static host does
// (gzip). A measurement, not a test: it prints the numbers and fails nothing.
//
//   LIGHTHOUSE_RUNS=3  runs per view (the median score is reported; default 3)
//   CHROME_PATH        the Chromium to drive (default: the one the end-to-end tests use)
//   LIGHTHOUSE_PORT    the static server's port (default 4174)
//   LIGHTHOUSE_VIEWS   a comma list of views to audit (default: all)
//   LIGHTHOUSE_REPORTS a folder to write every run's full report to (JSON), for a closer look
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from './browser.mjs';

const DIST = 'dist';
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4174);
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
const REPORTS = process.env.LIGHTHOUSE_REPORTS;
if (REPORTS) mkdirSync(REPORTS, { recursive: true });
if (!existsSync(join(DIST, 'index.html'))) {
  console.error('No build in dist/: run `npm run build` first (`npm run lighthouse` does).');
  process.exit(1);
}

// The views, from the build's chunk graph (one page chunk per view folder).
const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8'));
const ALL_VIEWS = Object.keys(manifest)
  .map((key) => /^app\/views\/(\w+)\/\w+View\.tsx$/.exec(key)?.[1])
  .filter(Boolean)
  .sort();
const VIEWS = process.env.LIGHTHOUSE_VIEWS?.split(',') ?? ALL_VIEWS;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

/** Files as they are, `index.html` for the folder, gzip when the browser accepts it. */
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  let file = join(DIST, normalize(path).replace(/^(\.\.[/\\])+/, ''));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  const ext = extname(file);
  let body = readFileSync(file);
  const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream' };
  if (COMPRESSED.has(ext) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
    body = gzipSync(body, { level: 9 });
    headers['content-encoding'] = 'gzip';
  }
  response.writeHead(200, headers).end(body);
});
await new Promise((resolve) => server.listen(PORT, '127.0.0.1', resolve));

const chromePath = process.env.CHROME_PATH ?? findChromium()?.executablePath;
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${Math.round(value)} ms`;
const row = (cells) => cells.map((cell, i) => String(cell).padStart(i === 0 ? 0 : 10)).join('');

console.log(`Lighthouse ${RUNS}× per view, mobile (simulated slow 4G, 4× CPU slowdown)`);
console.log(row(['view'.padEnd(12), 'score', 'FCP', 'LCP', 'TBT', 'CLS', 'SI']));
try {
  for (const view of VIEWS) {
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) {
      const result = await lighthouse(`http://127.0.0.1:${PORT}/?view=${view}`, {
        port: chrome.port,
        onlyCategories: ['performance'],
        logLevel: 'error',
      });
      if (REPORTS) writeFileSync(join(REPORTS, `${view}-${run + 1}.json`), result.report);
      const audit = (id) => result.lhr.audits[id].numericValue;
      runs.push({
        score: result.lhr.categories.performance.score,
        fcp: audit('first-contentful-paint'),
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        si: audit('speed-index'),
      });
    }
    // The run with the median score, so that the numbers on a row belong together.
    const middle = runs.find((r) => r.score === median(runs.map((r) => r.score)));
    console.log(
      row([
        view.padEnd(12),
        middle.score.toFixed(2),
        ms(middle.fcp),
        ms(middle.lcp),
        ms(middle.tbt),
        middle.cls.toFixed(3),
        ms(middle.si),
      ]),
      RUNS > 1 ? `  scores ${runs.map((r) => r.score.toFixed(2)).join(' ')}` : '',
    );
  }
} finally {
  chrome.kill();
  server.close();
}
