import type { Page } from '@playwright/test';

const routed = new WeakSet<Page>();

/**
 * Opens a URL whose query is too long for the preview server (Node refuses request heads over
 * 16 kB, and so do most static hosts): the page itself is fetched from the site's root, so the
 * app reads the long query from its address bar as it would behind a server that accepts it.
 */
export async function gotoLongUrl(page: Page, search: string): Promise<void> {
  if (!routed.has(page)) {
    routed.add(page);
    await page.route(
      (url) => url.search.length > 8_000,
      async (route) => {
        const response = await route.fetch({ url: new URL('./', route.request().url()).href });
        await route.fulfill({ response });
      },
    );
  }
  await page.goto(search);
}
