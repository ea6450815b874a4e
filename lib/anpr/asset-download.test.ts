import { describe, expect, it } from "vitest";
import { decodedLength, downloadAssets, type AssetCache } from "./asset-download";

/** Cache Storage's behaviour for these calls, in memory (Node has no Cache Storage). */
function memoryCache(): AssetCache & { entries: Map<string, ArrayBuffer> } {
  const entries = new Map<string, ArrayBuffer>();
  return {
    entries,
    async match(request) {
      const body = entries.get(String(request instanceof Request ? request.url : request));
      return body ? new Response(body.slice(0)) : undefined;
    },
    async put(request, response) {
      entries.set(String(request instanceof Request ? request.url : request), await response.arrayBuffer());
    },
    async keys() {
      return [...entries.keys()].map((url) => new Request(url));
    },
    async delete(request) {
      return entries.delete(String(request instanceof Request ? request.url : request));
    },
  };
}

/** A server that streams each file in 1 KB chunks, with or without Content-Length, counting requests. */
function fakeServer(files: Record<string, Uint8Array>, withLength = true) {
  const requests: string[] = [];
  const fetch = async (url: string) => {
    requests.push(url);
    const body = files[url];
    if (!body) return new Response("missing", { status: 404 });
    let offset = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= body.length) return controller.close();
        controller.enqueue(body.slice(offset, offset + 1024));
        offset += 1024;
      },
    });
    return new Response(stream, { headers: withLength ? { "Content-Length": String(body.length) } : {} });
  };
  return { fetch, requests };
}

const bytes = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 7 + seed) % 256);
const A = "https://gate.test/models/a.onnx?v=1";
const B = "https://gate.test/ort/1.30.0/b.wasm";

describe("downloadAssets", () => {
  it("returns each body intact, reports rising progress ending at 1, and fills the cache", async () => {
    const files = { [A]: bytes(5000, 1), [B]: bytes(15000, 2) };
    const server = fakeServer(files);
    const cache = memoryCache();
    const progress: number[] = [];
    const [a, b] = await downloadAssets([A, B], { fetch: server.fetch, cache, onProgress: (f) => progress.push(f) });
    expect(a).toEqual(files[A]);
    expect(b).toEqual(files[B]);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.at(-1)).toBe(1);
    for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThanOrEqual(progress[i - 1]);
    expect(progress.some((f) => f > 0.2 && f < 0.8)).toBe(true);
    expect([...cache.entries.keys()].sort()).toEqual([A, B].sort());
  });

  it("serves a second load from the cache without a request", async () => {
    const files = { [A]: bytes(3000, 3), [B]: bytes(2000, 4) };
    const server = fakeServer(files);
    const cache = memoryCache();
    await downloadAssets([A, B], { fetch: server.fetch, cache, onProgress: () => {} });
    const [a, b] = await downloadAssets([A, B], { fetch: server.fetch, cache, onProgress: () => {} });
    expect(server.requests).toHaveLength(2);
    expect(a).toEqual(files[A]);
    expect(b).toEqual(files[B]);
  });

  it("replaces an older version: the new URL is fetched and the old entry deleted", async () => {
    const A2 = "https://gate.test/models/a.onnx?v=2";
    const files = { [A]: bytes(100, 5), [A2]: bytes(200, 6), [B]: bytes(300, 7) };
    const server = fakeServer(files);
    const cache = memoryCache();
    await downloadAssets([A, B], { fetch: server.fetch, cache, onProgress: () => {} });
    const [a2] = await downloadAssets([A2, B], { fetch: server.fetch, cache, onProgress: () => {} });
    expect(a2).toEqual(files[A2]);
    expect(server.requests).toEqual([A, B, A2]);
    expect([...cache.entries.keys()].sort()).toEqual([A2, B].sort());
  });

  it("works without Cache Storage (insecure context) and without Content-Length", async () => {
    const files = { [A]: bytes(4000, 8) };
    const server = fakeServer(files, false);
    const progress: number[] = [];
    const [a] = await downloadAssets([A], { fetch: server.fetch, cache: null, onProgress: (f) => progress.push(f) });
    expect(a).toEqual(files[A]);
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((f) => f >= 0 && f <= 1)).toBe(true);
  });

  it("fails on an HTTP error and caches nothing", async () => {
    const server = fakeServer({ [A]: bytes(10, 9) });
    const cache = memoryCache();
    await expect(downloadAssets([A, B], { fetch: server.fetch, cache, onProgress: () => {} })).rejects.toThrow(/HTTP 404/);
    expect(cache.entries.size).toBe(0);
  });
});

describe("decodedLength", () => {
  it("prefers X-Decoded-Length, ignores a compressed Content-Length, falls back to 1", () => {
    expect(decodedLength(new Headers({ "X-Decoded-Length": "14239897", "Content-Encoding": "gzip" }))).toBe(14239897);
    expect(decodedLength(new Headers({ "Content-Length": "3950275", "Content-Encoding": "gzip" }))).toBe(1);
    expect(decodedLength(new Headers({ "Content-Length": "1138890" }))).toBe(1138890);
    expect(decodedLength(new Headers())).toBe(1);
  });
});
