// `npm run size`: gzipped bytes a visitor downloads, per view, from the build's chunk graph.
// "First paint" is the entry plus the view's chunks; KaTeX (formulas) loads after that.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8'));
const gz = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;

/** A chunk and everything it imports statically. */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) closure(dep, seen);
  return seen;
}

const files = (keys, ext) =>
  [...keys]
    .flatMap((key) => [manifest[key].file, ...(manifest[key].css ?? [])])
    .filter((f) => f.endsWith(ext));
const sum = (list) => [...new Set(list)].reduce((total, file) => total + gz(file), 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const entry = closure(entryKey);
const views = Object.keys(manifest).filter((key) => /views\/.+View\.tsx$/.test(key));
const katex = Object.keys(manifest).filter((key) => key.includes('katex'));
const katexJs = sum(katex.flatMap((key) => files(closure(key), '.js')));
const katexCss = sum(katex.flatMap((key) => files(closure(key), '.css')));

console.log('gzip -9 sizes of the production build');
console.log(`${'view'.padEnd(34)}${'JS first paint'.padStart(16)}${'CSS'.padStart(10)}`);
for (const view of views.sort()) {
  const keys = new Set([...entry, ...closure(view)]);
  console.log(
    `${view.replace('app/views/', '').padEnd(34)}${kb(sum(files(keys, '.js'))).padStart(16)}${kb(sum(files(keys, '.css'))).padStart(10)}`,
  );
}
console.log(
  `${'KaTeX, loaded after first paint'.padEnd(34)}${kb(katexJs).padStart(16)}${kb(katexCss).padStart(10)}  (+ the woff2 fonts a formula uses)`,
);
