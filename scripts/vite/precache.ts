import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

/** Files a browser needs (KaTeX's .woff and .ttf fonts only serve browsers without woff2). */
const PRECACHED = /\.(html|js|css|woff2|png|svg|txt)$/;
const SKIPPED = /^(\.vite\/|sw\.js$)/;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/**
 * Writes `dist/sw.js`, the service worker of `serviceWorker.js` with the build's files and a
 * version hashed from their contents, once the build (public files included) is written.
 */
export function precache(): Plugin {
  let outDir = 'dist';
  return {
    name: 'precache',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const files = listFiles(outDir)
        .filter((file) => PRECACHED.test(file) && !SKIPPED.test(file))
        .sort();
      const hash = createHash('sha256');
      for (const file of files) hash.update(file).update(readFileSync(join(outDir, file)));
      const manifest = { version: hash.digest('hex').slice(0, 16), files };
      const template = readFileSync(new URL('./serviceWorker.js', import.meta.url), 'utf8');
      const worker = template.replace('__PRECACHE__;', `${JSON.stringify(manifest)};`);
      writeFileSync(join(outDir, 'sw.js'), worker);
    },
  };
}
