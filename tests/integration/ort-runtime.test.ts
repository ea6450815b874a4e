import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startServer } from "./support/server";

const DIST = path.resolve("node_modules/onnxruntime-web/dist");
const VERSION: string = JSON.parse(fs.readFileSync("node_modules/onnxruntime-web/package.json", "utf8")).version;
const WASM = "ort-wasm-simd-threaded.wasm";

/** Starts a download and drops the connection after its first bytes, as a tablet that reloads or loses the network does. */
function dropDownload(baseUrl: string, urlPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${baseUrl}${urlPath}`, { headers: { "accept-encoding": "gzip" } }, (response) => {
      response.once("data", () => {
        request.destroy();
        resolve();
      });
    });
    request.on("error", (error) => (request.destroyed ? resolve() : reject(error)));
  });
}

describe("the gate's onnxruntime files (/ort/<version>/<file>)", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pelak-ort-"));
  let server: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    server = await startServer({ databaseUrl: `file:${path.join(dataDir, "pelak.db")}`, dataDir, distDir: inject("distDir") });
  });
  afterAll(() => server?.stop());

  it("serves the installed runtime whole, for good, with its decoded size for the progress bar", async () => {
    const res = await fetch(`${server.info.baseUrl}/ort/${VERSION}/${WASM}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/wasm");
    expect(res.headers.get("cache-control")).toContain("immutable");
    const size = fs.statSync(path.join(DIST, WASM)).size;
    expect(Number(res.headers.get("x-decoded-length"))).toBe(size);
    expect((await res.arrayBuffer()).byteLength).toBe(size);
  });

  it("answers 404 for another version or a file outside the list", async () => {
    for (const urlPath of [`/ort/0.0.0/${WASM}`, `/ort/${VERSION}/ort.node.min.mjs`, `/ort/${VERSION}/..%2Fpackage.json`]) {
      expect((await fetch(`${server.info.baseUrl}${urlPath}`)).status, urlPath).toBe(404);
    }
  });

  it("survives downloads dropped half-way, with no uncaught error", async () => {
    for (let i = 0; i < 5; i++) await dropDownload(server.info.baseUrl, `/ort/${VERSION}/${WASM}`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await fetch(`${server.info.baseUrl}/ort/${VERSION}/ort.wasm.min.mjs`)).status).toBe(200);
    expect(server.output()).not.toMatch(/uncaughtException|Controller is already closed/);
  });
});
