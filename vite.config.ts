import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { catalogues } from './scripts/vite/catalogues.ts';
import { contentSecurityPolicy } from './scripts/vite/csp.ts';
import { precache } from './scripts/vite/precache.ts';

// `base: './'` makes every asset path relative, so `dist/` can be served from any folder of any
// static host (GitHub Pages project sites, S3 prefixes, a file server) without a rebuild.
export default defineConfig({
  base: './',
  plugins: [catalogues(), react(), contentSecurityPolicy(), precache()],
  build: {
    target: 'es2022',
    // Fonts stay files: the CSP allows fonts from the site only (no data: URIs), and the
    // service worker caches them like any other file.
    assetsInlineLimit: (file) => (/\.(woff2?|ttf|otf)$/.test(file) ? false : undefined),
    sourcemap: false,
    // dist/.vite/manifest.json: the chunk graph `npm run size` reads.
    manifest: true,
    // Every browser that runs an es2022 build preloads modules by itself.
    modulePreload: { polyfill: false },
  },
  test: {
    include: ['engine/**/*.test.ts', 'app/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['app/i18n/testSetup.ts'],
    pool: 'threads',
    maxWorkers: 2,
  },
});
