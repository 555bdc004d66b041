// Waymark's service worker: pages a reader has opened keep working without a connection.
// - Page loads (navigations) go to the network first, so a new release shows at once; offline, the last app shell
//   answers and the app's router draws the page.
// - The built assets are content-hashed, so a cached copy is always right: cache first.
// - Public API reads (roadmaps, steps, resources, the hub, search) go to the network first and fall back to the copy
//   kept when the reader last opened them. Only answers the API marks `public` are kept: a learner's own data
//   (/v1/me/…), sign-in answers and anything sent with credentials of its own never enter the cache.
// Writes are never cached or replayed here: the app keeps a learner's offline changes itself (web/src/offline.ts).
const VERSION = 'v1';
const SHELL_CACHE = `waymark-shell-${VERSION}`;
const ASSET_CACHE = `waymark-assets-${VERSION}`;
const READ_CACHE = `waymark-reads-${VERSION}`;
const CACHES = [SHELL_CACHE, ASSET_CACHE, READ_CACHE];
const SHELL_URL = '/';
const PUBLIC_READS = /^\/v1\/(roadmaps|resources|hub|search)(\/|\?|$)/;
// Served by the API itself, not the app's pages (the same list as src/http/web-app.ts).
const API_PATHS = /^\/(v1|docs|dev|openapi\.json|healthz|readyz|version|metrics)(\/|$)/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then((cache) => cache.add(new Request(SHELL_URL, { headers: { accept: 'text/html' } })))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => !CACHES.includes(name)).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

const isPublic = (response) =>
  response.ok && response.type === 'basic' && /(^|,)\s*public\b/.test(response.headers.get('cache-control') ?? '');

const networkFirst = async (request, cacheName, fallback = request) => {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (isPublic(response) || (cacheName === SHELL_CACHE && response.ok)) await cache.put(fallback, response.clone());
    return response;
  } catch (error) {
    const kept = await cache.match(fallback);
    if (kept !== undefined) return kept;
    throw error;
  }
};

const cacheFirst = async (request) => {
  const cache = await caches.open(ASSET_CACHE);
  const kept = await cache.match(request);
  if (kept !== undefined) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
};

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (request.mode === 'navigate' && !API_PATHS.test(url.pathname)) {
    event.respondWith(networkFirst(request, SHELL_CACHE, SHELL_URL));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(cacheFirst(request));
  } else if (PUBLIC_READS.test(url.pathname)) {
    // Kept by address alone: these reads are the same for every reader.
    event.respondWith(networkFirst(request, READ_CACHE, url.pathname + url.search));
  }
});
