/**
 * Vonk's service worker: the app shell, so a participant's laptop can reload /board (or /)
 * with no network and keep working from its IndexedDB copy.
 *
 *   - install: caches index.html ("/") and the hashed assets it references (entry script,
 *     preloaded chunks, stylesheets);
 *   - navigations: network first (a fresh index.html replaces the cached one), the cached
 *     index.html when the network fails, answers 5xx, or takes longer than a few seconds;
 *   - same-origin /assets/*: cache first (names are content hashes, never reused); chunks
 *     loaded later (a tab opened on demand) are cached the first time they load;
 *   - /api/, /yjs/, /socket.io/ and other origins: never touched.
 *
 * Registered by client/src/main.ts as /sw.js?v=<fingerprint of the build>: a new deploy
 * registers a new version, which caches the new shell and deletes the old caches.
 */

const version = new URL(self.location.href).searchParams.get('v') || 'unversioned';
const cachePrefix = 'vonk-shell-';
const cacheName = cachePrefix + version;
/** How long a navigation waits for the network before the cached page is used. */
const navigationTimeoutMs = 4000;
const untouched = /^\/(api|yjs|socket\.io)(\/|$)/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      const response = await fetch('/', { cache: 'no-cache' });
      if (!response.ok || !isHtml(response)) throw new Error(`app shell: ${response.status}`);
      const html = await response.clone().text();
      const assets = new Set();
      for (const match of html.matchAll(/\s(?:src|href)="(\/assets\/[^"?#]+)"/g)) assets.add(match[1]);
      await cache.addAll([...assets]);
      await cache.put('/', response);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(cachePrefix) && name !== cacheName) await caches.delete(name);
      }
      // Control the page that registered us now, so chunks it loads later are cached too.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || untouched.test(url.pathname)) return;
  if (request.mode === 'navigate') {
    event.respondWith(navigation(event));
  } else if (url.pathname.startsWith('/assets/') && !url.pathname.endsWith('.map')) {
    event.respondWith(asset(request));
  }
});

/** @param {FetchEvent} event */
async function navigation(event) {
  const network = fetch(event.request).then(async (response) => {
    if (response.ok && !response.redirected && isHtml(response)) {
      await (await caches.open(cacheName)).put('/', response.clone());
    }
    return response;
  });
  // Even when the cached page answers first, a late answer still refreshes the cache.
  event.waitUntil(network.catch(() => {}));
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve(null), navigationTimeoutMs);
  });
  try {
    const response = await Promise.race([network, timeout]);
    if (response && response.status < 500) return response;
  } catch {
    // Offline: fall through to the cached page.
  } finally {
    clearTimeout(timer);
  }
  const cached = await caches.match('/', { cacheName });
  if (cached) return cached;
  return network;
}

/** @param {Request} request */
async function asset(request) {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}

/** @param {Response} response */
function isHtml(response) {
  return (response.headers.get('content-type') || '').startsWith('text/html');
}
