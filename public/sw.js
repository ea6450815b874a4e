// Pelak gate service worker: lets the gate page start again while the server is unreachable
// (a tablet that reloads during a network outage keeps reading plates and queueing them).
// Only GET requests for the gate's own shell are touched; data, actions and other pages pass through.
const CACHE = "pelak-gate-shell-v1";

// Never change under one name: content-hashed build files and the versioned onnxruntime modules
// (the runtime's .wasm and the models are kept by the plate reader's own cache, see anpr-worker.ts).
const IMMUTABLE = [/^\/_next\/static\//, /^\/ort\/[^/]+\/[^/]+\.mjs$/];
// Fetched fresh when possible (an update must reach the tablet), the cached copy when offline.
const SHELL = [/^\/gate\/?$/, /^\/icons\//, /^\/icon\.svg$/, /^\/manifest\.webmanifest$/];

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith("pelak-gate-shell-") && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(CACHE)).put(request, response.clone());
  return response;
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === "basic") await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request, { ignoreSearch: request.mode === "navigate" });
    if (cached) return cached;
    throw error;
  }
}

const keeps = (url) =>
  url.origin === self.location.origin &&
  !url.searchParams.has("_rsc") &&
  [...IMMUTABLE, ...SHELL].some((pattern) => pattern.test(url.pathname));

/**
 * The gate page lists what it loaded before this worker controlled it (a first visit) and what it
 * loads later; keeping those files lets even a tablet that has opened the gate only once start it offline.
 */
async function keep(urls) {
  const cache = await caches.open(CACHE);
  for (const href of new Set(urls)) {
    const url = new URL(href, self.location.origin);
    if (!keeps(url) || (await cache.match(url.href))) continue;
    try {
      const response = await fetch(url.href);
      if (response.ok) await cache.put(url.href, response);
    } catch {
      // Offline already: nothing to keep now; the page lists its files again on its next start.
    }
  }
}

self.addEventListener("message", (event) => {
  if (event.data?.type === "keep" && Array.isArray(event.data.urls)) event.waitUntil(keep(event.data.urls));
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (IMMUTABLE.some((pattern) => pattern.test(url.pathname))) event.respondWith(cacheFirst(request));
  else if (SHELL.some((pattern) => pattern.test(url.pathname)) && !url.searchParams.has("_rsc")) event.respondWith(networkFirst(request));
});
