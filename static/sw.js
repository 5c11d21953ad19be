// Summit Matrix service worker. The build (scripts/build.mjs) fills
// in VERSION (a hash of every file below) and ASSETS (the build's files).
// One cache per build: a reader gets all of one version or all of the next,
// never a mix. The new version waits until the page asks for it.
const VERSION = '__VERSION__';
const ASSETS = __ASSETS__;
const PREFIX = 'summit-matrix-';
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS.map((a) => new Request(a, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // Only this origin's GETs; everything else goes to the network untouched.
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    if (request.mode === 'navigate') {
      // Any link into the widget (with its query) is a page of this version:
      // the one it names (index.ko.html, embed.html …), else index.html.
      const file = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
      const page = /^(index|embed)(\.[a-z]{2,3})?\.html$/.test(file) ? file : 'index.html';
      const cached = await cache.match(page);
      if (cached) return cached;
    }
    return (await cache.match(request, { ignoreSearch: true })) ?? fetch(request);
  })());
});
