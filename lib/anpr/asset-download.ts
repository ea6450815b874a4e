/**
 * Downloads the gate's model and runtime files with progress, keeping them in Cache Storage when the
 * browser offers it (not in insecure contexts such as plain http on a LAN, where the HTTP cache is
 * all there is). The URLs carry their version, so a new model gets a new key and the stale entries
 * are deleted once the new set has loaded.
 */
export type AssetCache = Pick<Cache, "match" | "put" | "keys" | "delete">;

export type DownloadOptions = {
  fetch: (url: string) => Promise<Response>;
  cache: AssetCache | null;
  onProgress: (fraction: number) => void;
};

type Download = { response: Response; cached: boolean; size: number; received: number };

export async function downloadAssets(urls: string[], options: DownloadOptions): Promise<Uint8Array[]> {
  const { cache, onProgress } = options;
  const downloads: Download[] = await Promise.all(urls.map((url) => openAsset(url, options)));
  const report = () => {
    const total = downloads.reduce((sum, d) => sum + d.size, 0);
    const received = downloads.reduce((sum, d) => sum + Math.min(d.received, d.size), 0);
    onProgress(total > 0 ? received / total : 0);
  };
  report();
  const bodies = await Promise.all(downloads.map((d) => readBody(d, report)));
  if (cache) {
    await Promise.all(urls.map((url, i) => (downloads[i].cached ? Promise.resolve() : cache.put(url, new Response(toArrayBuffer(bodies[i]))))));
    await pruneCache(cache, urls);
  }
  onProgress(1);
  return bodies;
}

async function openAsset(url: string, { fetch, cache }: DownloadOptions): Promise<Download> {
  const cached = cache ? await cache.match(url) : undefined;
  if (cached) return { response: cached, cached: true, size: 0, received: 0 };
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return { response, cached: false, size: decodedLength(response.headers), received: 0 };
}

/**
 * The body's size once decoded: a compressed response's Content-Length counts compressed bytes, so
 * app/ort sends X-Decoded-Length. Without either the file counts as one byte, reached when complete.
 */
export function decodedLength(headers: Headers): number {
  const declared = Number(headers.get("X-Decoded-Length"));
  if (declared > 0) return declared;
  return headers.has("Content-Encoding") ? 1 : Number(headers.get("Content-Length")) || 1;
}

async function readBody(download: Download, report: () => void): Promise<Uint8Array> {
  const { response } = download;
  if (download.cached || !response.body) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    download.received += value.byteLength;
    report();
  }
  download.size = Math.max(download.size, download.received);
  const body = new Uint8Array(download.received);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}

/** Deletes every cached entry that is not one of the current URLs (an older model or runtime). */
export async function pruneCache(cache: AssetCache, keep: string[]): Promise<void> {
  const current = new Set(keep);
  for (const request of await cache.keys()) {
    if (!current.has(request.url)) await cache.delete(request);
  }
}
