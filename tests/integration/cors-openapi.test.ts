import { describe, expect, inject, it } from "vitest";
import { api, errorCode } from "./support/http";

const server = inject("sqlite");

function preflight(path: string, origin: string, method = "POST") {
  return fetch(`${server.baseUrl}${path}`, {
    method: "OPTIONS",
    headers: { origin, "access-control-request-method": method, "access-control-request-headers": "authorization, content-type" },
  });
}

describe("CORS (CORS_ORIGINS allow-list)", () => {
  it.each(["/api/entry/", "/api/exit", "/api/status/", "/api/settings"])("preflight for %s from an allowed origin", async (path) => {
    const res = await preflight(path, "http://allowed.test");
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("http://allowed.test");
    expect(res.headers.get("access-control-allow-headers")).toMatch(/authorization/i);
    expect(res.headers.get("access-control-allow-methods")).toMatch(/OPTIONS/);
  });

  it("an origin outside the list gets no Allow-Origin header", async () => {
    const res = await preflight("/api/entry/", "http://evil.test");
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    const get = await api(server, "/api/status/", { headers: { origin: "http://evil.test" } });
    expect(get.status).toBe(200);
    expect(get.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("actual responses, errors included, carry the header for an allowed origin", async () => {
    const ok = await api(server, "/api/status/", { headers: { origin: "http://localhost:3000" } });
    expect(ok.headers.get("access-control-allow-origin")).toBe("http://localhost:3000");
    const denied = await api(server, "/api/status/", { token: null, headers: { origin: "http://localhost:3000" } });
    expect(denied.status).toBe(401);
    expect(denied.headers.get("access-control-allow-origin")).toBe("http://localhost:3000");
  });
});

type OpenApi = { openapi: string; paths: Record<string, Record<string, { requestBody?: unknown }>> };

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1 and every path and method in it exists", async () => {
    const doc: OpenApi = await (await fetch(`${server.baseUrl}/api/openapi.json`)).json();
    expect(doc.openapi).toBe("3.1.0");
    // Paths with a parameter ({name}) are called with real values by their own tests (snapshots.test.ts).
    const concrete = Object.entries(doc.paths).filter(([path]) => !path.includes("{"));
    const operations = concrete.flatMap(([path, methods]) => Object.keys(methods).map((m) => [path, m] as const));
    expect(operations.length).toBeGreaterThanOrEqual(6);
    for (const [path, method] of operations) {
      for (const variant of new Set([path, path.replace(/\/$/, "")])) {
        const body = method === "get" ? undefined : {};
        const res = await api(server, variant, { method: method.toUpperCase(), token: server.adminToken, body });
        // An empty body is refused by the endpoint itself (422 validation), never by routing. POST /api/shift
        // opens the token's shift (201) and the second spelling finds it open (409 shift_open).
        const ok = res.status === 200 || res.status === 201 || errorCode(res) === "validation" || errorCode(res) === "shift_open";
        expect(ok, `${method} ${variant}: ${res.status}`).toBe(true);
      }
    }
  });
});
