import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** `npm run bench:ui`: UI latency and frame-rate measurements, one worker, no retries. */
export default defineConfig({
  ...base,
  testDir: 'e2e/bench',
  testMatch: '**/*.bench.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 300_000,
  reporter: [['list']],
});
