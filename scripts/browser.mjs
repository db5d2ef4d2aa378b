// Finds the Chromium that Playwright should drive, in this order:
// $CHROMIUM_PATH, Debian's Chromium, then Playwright's own download.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const DEBIAN_CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

/**
 * @returns {{ executablePath: string | undefined, source: string } | null}
 *   `executablePath` undefined means "Playwright's own browser"; null means none was found.
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    return existsSync(fromEnv) ? { executablePath: fromEnv, source: '$CHROMIUM_PATH' } : null;
  }
  const debian = DEBIAN_CANDIDATES.find((path) => existsSync(path));
  if (debian) return { executablePath: debian, source: "Debian's chromium" };
  let own;
  try {
    own = chromium.executablePath();
  } catch {
    own = undefined;
  }
  return own && existsSync(own)
    ? { executablePath: undefined, source: "Playwright's chromium" }
    : null;
}

export const NO_BROWSER_HINT =
  'No Chromium found for the end-to-end tests: install one with `sudo apt-get install chromium` (Debian/Ubuntu) or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium binary.';
