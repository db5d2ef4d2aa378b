/**
 * Registers the service worker of the build (`dist/sw.js`, see `scripts/vite/precache.ts`):
 * after the first visit every view opens offline. Registered once the page has loaded, so it
 * never competes with the first paint; not in development, where files have no fixed names.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener(
    'load',
    () => {
      // Without a worker (a private window, a file:// page) the app still works online.
      navigator.serviceWorker.register('./sw.js').catch(() => undefined);
    },
    { once: true },
  );
}
