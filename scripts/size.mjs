// `npm run size`: gzipped bytes a visitor downloads before a view's first paint, per view, from
// the build's chunk graph: the entry with everything it imports, the view's page chunk with
// everything it imports, the English catalogues the view waits for (`common` and its own; the
// shell's is in the entry), and the stylesheets of all of them. What a page loads after its
// first paint (KaTeX for formulas, panels under the figure, the export bar) is not counted;
// KaTeX is listed apart. Fails when a view's first paint exceeds the budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** JavaScript and CSS, gzip, a view may need for its first paint. */
const BUDGET = 100 * 1024;
const DIST = 'dist';
const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8'));
const gz = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;

/** A chunk and everything it imports statically (what the browser must have to run it). */
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
const row = (name, ...cells) => `${name.padEnd(34)}${cells.map((c) => c.padStart(11)).join('')}`;

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const entry = closure(entryKey);
const views = Object.keys(manifest).filter((key) => /views\/.+View\.tsx$/.test(key));
const katex = Object.keys(manifest).filter((key) => key.includes('katex'));

console.log(`gzip -9 sizes of the production build; budget for a first paint ${kb(BUDGET)}`);
console.log(row('first paint of', 'JS', 'CSS', 'total'));
const over = [];
/** The English catalogues a view's page waits for (see `viewNamespaces`). */
const catalogues = (view) =>
  ['common', view.split('/')[2]]
    .map((namespace) => `app/i18n/locales/en/${namespace}.json`)
    .filter((key) => key in manifest)
    .flatMap((key) => [...closure(key)]);
for (const view of views.sort()) {
  const keys = new Set([...entry, ...closure(view), ...catalogues(view)]);
  const js = sum(files(keys, '.js'));
  const css = sum(files(keys, '.css'));
  const name = view.replace('app/views/', '');
  if (js + css > BUDGET) over.push(`${name} ${kb(js + css)}`);
  console.log(
    row(name, kb(js), kb(css), kb(js + css)),
    js + css > BUDGET ? ` over by ${kb(js + css - BUDGET)}` : '',
  );
}
console.log(
  row('  of which the entry', kb(sum(files(entry, '.js'))), kb(sum(files(entry, '.css'))), ''),
);
const katexJs = sum(katex.flatMap((key) => files(closure(key), '.js')));
const katexCss = sum(katex.flatMap((key) => files(closure(key), '.css')));
console.log(
  row('KaTeX, after the first paint', kb(katexJs), kb(katexCss), kb(katexJs + katexCss)),
  ' + the woff2 fonts a formula uses',
);
if (over.length > 0) {
  console.error(`Over the first-paint budget of ${kb(BUDGET)}: ${over.join(', ')}`);
  process.exit(1);
}
