import { describe, expect, inject, it } from "vitest";
import { api, errorCode, uniquePlate, type ApiResult } from "./support/http";

const server = inject("sqlite");
const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

function expectJsonError(res: ApiResult, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.body).toMatchObject({ success: false, error: { code, message: expect.any(String), message_fa: expect.any(String) } });
}

describe("REST polish", () => {
  it.each([
    ["DELETE", "/api/status", "GET, HEAD, OPTIONS"],
    ["POST", "/api/status", "GET, HEAD, OPTIONS"],
    ["PUT", "/api/entry", "POST, OPTIONS"],
    ["GET", "/api/exit", "POST, OPTIONS"],
    ["PATCH", "/api/settings", "GET, PUT, HEAD, OPTIONS"],
  ])("%s %s → 405 with Allow and the JSON error body", async (method, path, allow) => {
    const res = await api(server, path, { method, body: method === "GET" ? undefined : { plate: uniquePlate() } });
    expectJsonError(res, 405, "method_not_allowed");
    expect(res.headers.get("allow")).toBe(allow);
  });

  it("429 carries Retry-After in whole seconds", async () => {
    const headers = { "x-forwarded-for": "198.51.100.77" };
    for (let i = 0; i < 30; i++) await api(server, "/api/status", { token: `pelak_polish${i}`, headers });
    const res = await api(server, "/api/status", { token: "pelak_polish", headers });
    expectJsonError(res, 429, "rate_limited");
    expect(res.headers.get("retry-after")).toMatch(/^[1-9]\d*$/);
  });

  it("a number out of range names the documented range in both languages", async () => {
    const res = await api(server, "/api/settings", { method: "PUT", token: server.adminToken, body: { capacity: 0 } });
    expectJsonError(res, 422, "validation");
    const field = (res.body.error as { field_errors: Record<string, { message: string; message_fa: string }> }).field_errors.capacity;
    expect(field.message).toContain("between 1 and 100000");
    expect(field.message_fa).toContain("بین ۱ و ۱۰۰٬۰۰۰");
  });

  it("error messages with a plate carry no direction-control characters", async () => {
    const plate = uniquePlate();
    expect((await api(server, "/api/entry", { method: "POST", body: { plate } })).status).toBe(200);
    const res = await api(server, "/api/entry", { method: "POST", body: { plate } });
    expect(errorCode(res)).toBe("already_inside");
    const error = res.body.error as { message: string; message_fa: string };
    expect(error.message).toContain(plate);
    expect(error.message_fa).toContain("هم‌اکنون در پارکینگ است");
    expect(JSON.stringify(res.body)).not.toMatch(BIDI_MARKS);
    await api(server, "/api/exit", { method: "POST", body: { plate } });
  });
});
