// Fails `npm test` early, with one line, when no browser is available for Playwright.
import { findChromium, NO_BROWSER_HINT } from './browser.mjs';

const found = findChromium();
if (!found) {
  console.error(NO_BROWSER_HINT);
  process.exit(1);
}
console.log(
  `e2e browser: ${found.source}${found.executablePath ? ` (${found.executablePath})` : ''}`,
);
