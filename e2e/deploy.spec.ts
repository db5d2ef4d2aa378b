import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Page } from '@playwright/test';
import { build, type Plugin } from 'vite';
import { expect, test } from './support/test';

// A new deploy, seen by a visitor whose service worker holds the previous one: the site is
// served from one origin, first the suite's build (A), then a build whose files all have other
// names (B, the same app with a changed footer), the way a static host swaps folders.

const A = 'dist';
const MARK = 'Deploy B.';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Build B: the footer says {@link MARK}, which changes the entry and so every file name. */
function nextDeploy(): Plugin {
  return {
    name: 'next-deploy',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('/app/App.tsx')) return null;
      return code.replace('<footer className="site-footer">', `$&<p>${MARK}</p>`);
    },
  };
}

let folder = A;
let server: Server;
let origin = '';
let built = '';

const names = (dir: string) => readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js'));
const version = (dir: string) =>
  /"version":"([0-9a-f]+)"/.exec(readFileSync(join(dir, 'sw.js'), 'utf8'))?.[1];
const nav = (page: Page) => page.getByRole('navigation', { name: 'Views' });
const title = (page: Page) => page.locator('h1.view-title');

/** The first visit: the page served by the network, then its worker in control. */
async function visitOnce(page: Page) {
  await page.goto(`${origin}?view=conv`);
  await expect(title(page)).toHaveText(/Convolution/);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
}

test.describe('a new deploy', () => {
  test.describe.configure({ mode: 'serial' });
  test.use({ serviceWorkers: 'allow' });

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    built = mkdtempSync(join(tmpdir(), 'deploy-b-'));
    await build({
      configFile: 'vite.config.ts',
      logLevel: 'silent',
      plugins: [nextDeploy()],
      build: { outDir: built, emptyOutDir: true },
    });
    // Every page chunk of B has a name A does not have: A's files are gone after the swap.
    const before = new Set(names(A));
    expect(names(built).filter((f) => /View-/.test(f) && before.has(f))).toEqual([]);
    server = createServer((request, response) => {
      const path = normalize(new URL(request.url ?? '/', 'http://x').pathname);
      let file = join(folder, path);
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      response.writeHead(200, { 'content-type': type }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });

  test.afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    if (built) rmSync(built, { recursive: true, force: true });
  });

  test.beforeEach(() => {
    folder = A;
  });

  test('a reload after the deploy runs the new version, and its worker replaces the old files', async ({
    page,
    context,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await visitOnce(page);
    expect(await page.evaluate(() => caches.keys())).toEqual([`conv-explorer-${version(A)}`]);

    folder = built;
    await page.reload();
    await expect(page.locator('.site-footer')).toContainText(MARK);
    await expect(title(page)).toHaveText(/Convolution/);
    // The new worker has cached B and dropped A.
    await expect
      .poll(() => page.evaluate(() => caches.keys()))
      .toEqual([`conv-explorer-${version(built)}`]);
    for (const name of ['Pooling', 'Transposed', 'Layer stack', 'Smooth L1']) {
      await nav(page).getByRole('link', { name }).click();
      await expect(title(page)).toBeVisible();
      await expect(page.getByTestId('panel-error')).toHaveCount(0);
    }
    // Offline, B opens from its cache.
    await context.setOffline(true);
    await page.goto(`${origin}?view=mask`);
    await expect(page.locator('.site-footer')).toContainText(MARK);
    await expect(title(page)).toHaveText(/masks/i);
    await context.setOffline(false);
    expect(errors).toEqual([]);
  });

  test('a tab left open on the old version gets the new one through Reload', async ({
    page,
    context,
  }) => {
    await visitOnce(page);

    // The deploy, then a second tab: B's worker takes over both tabs and drops A's files.
    folder = built;
    const other = await context.newPage();
    await other.goto(`${origin}?view=conv`);
    await expect(other.locator('.site-footer')).toContainText(MARK);
    await expect
      .poll(() => page.evaluate(() => caches.keys()))
      .toEqual([`conv-explorer-${version(built)}`]);

    // The old tab asks for A's pooling code, which exists nowhere any more.
    await nav(page).getByRole('link', { name: 'Pooling' }).click();
    const error = page.getByTestId('panel-error');
    await expect(error).toContainText('Could not load the pooling view.');
    await error.getByRole('button', { name: 'Reload the page' }).click();
    await expect(page.locator('.site-footer')).toContainText(MARK);
    await expect(title(page)).toHaveText(/Pooling/);
    await expect(page).toHaveURL(/view=pool/);
  });
});
