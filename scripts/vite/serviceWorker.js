// The service worker: the build written into a cache on the first visit, so the app opens and
// every view loads offline afterwards. `precache.ts` fills in the list of files and a version
// that changes with any file's content, which makes the browser install the new worker.
/* global __PRECACHE__ */
const { version, files } = __PRECACHE__;
const PREFIX = 'conv-explorer-';
const CACHE = `${PREFIX}${version}`;
const PAGE = new URL('./', self.location.href).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([PAGE, ...files.map((file) => new URL(file, PAGE).href)]))
      .then(() => self.skipWaiting()),
  );
});

// A new deploy takes over at once and the old files are dropped: a tab still showing the old
// version reloads when it needs a file it no longer finds (the app offers that).
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith(PREFIX) && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(PAGE)) return;
  if (request.mode === 'navigate') {
    // The network first, so a new deploy is seen on the next visit; the cached page offline.
    event.respondWith(fetch(request).catch(() => caches.match(PAGE, { ignoreVary: true })));
    return;
  }
  // File names carry a hash of their content: a cached file is never stale. Servers send
  // `Vary: Origin`, and a module script's request has an Origin its cached copy was not
  // fetched with: the header must not make the copy miss.
  event.respondWith(
    caches.match(request, { ignoreVary: true }).then((cached) => cached ?? fetch(request)),
  );
});
