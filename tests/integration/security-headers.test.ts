import fs from "node:fs";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { signIn } from "./support/session";

const server = inject("sqlite");
const ORT_VERSION: string = JSON.parse(fs.readFileSync("node_modules/onnxruntime-web/package.json", "utf8")).version;
let adminCookie = "";

beforeAll(async () => {
  const session = await signIn(server, "admin", server.adminPassword, "203.0.113.77");
  if (!("cookie" in session)) throw new Error(`sign-in failed: ${session.error}`);
  adminCookie = session.cookie;
});

const get = (path: string, cookie = adminCookie) => fetch(`${server.baseUrl}${path}`, { redirect: "manual", headers: { cookie } });

/** The policy's directives by name, e.g. { "frame-ancestors": ["'none'"] }. */
function directives(policy: string | null): Record<string, string[]> {
  return Object.fromEntries((policy ?? "").split(";").map((part) => part.trim().split(/\s+/)).filter(([name]) => name).map(([name, ...values]) => [name, values]));
}

function expectEverywhere(headers: Headers) {
  expect(headers.get("x-content-type-options")).toBe("nosniff");
  expect(headers.get("referrer-policy")).toBe("same-origin");
  expect(headers.get("permissions-policy")).toBe("camera=(self), microphone=(), geolocation=(), payment=(), usb=()");
}

describe("security headers", () => {
  it.each([
    ["/login", ""],
    ["/dashboard", "admin"],
    ["/gate", "admin"],
    ["/admin/settings", "admin"],
  ])("the page %s may not be framed and runs only the app's own code", async (path, signedIn) => {
    const res = await get(path, signedIn ? adminCookie : "");
    expect(res.status).toBe(200);
    expectEverywhere(res.headers);
    const policy = directives(res.headers.get("content-security-policy"));
    expect(policy).toMatchObject({
      "default-src": ["'self'"],
      "frame-ancestors": ["'none'"],
      "object-src": ["'none'"],
      "base-uri": ["'self'"],
      "form-action": ["'self'"],
      "connect-src": ["'self'"],
      "worker-src": ["'self'", "blob:"],
    });
    // The build is production: no eval, only WebAssembly compilation (the gate's plate reader).
    expect(policy["script-src"]).toEqual(["'self'", "'unsafe-inline'", "'wasm-unsafe-eval'"]);
    // The gate's multi-threaded WebAssembly still needs cross-origin isolation.
    expect(res.headers.get("cross-origin-opener-policy")).toBe("same-origin");
    expect(res.headers.get("cross-origin-embedder-policy")).toBe("require-corp");
  });

  it("scripts and the onnxruntime files carry the page policy too: a worker runs under its own script's", async () => {
    const html = await (await get("/gate")).text();
    const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    for (const path of [script ?? "(no script)", `/ort/${ORT_VERSION}/ort-wasm-simd-threaded.mjs`, "/sw.js"]) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(directives(res.headers.get("content-security-policy"))["script-src"], path).toContain("'wasm-unsafe-eval'");
      expectEverywhere(res.headers);
    }
  });

  it.each(["/api/status", "/api/app/dashboard", "/api/no-such-thing"])("the API answer %s renders nothing and may not be framed", async (path) => {
    const res = await get(path);
    expectEverywhere(res.headers);
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers.get("cross-origin-embedder-policy")).toBeNull();
  });
});
