import net from "node:net";
import { describe, expect, inject, it } from "vitest";
import { api, errorCode, uniquePlate, type ApiResult } from "./support/http";
import { signIn } from "./support/session";

const server = inject("sqlite");

const WRITES = [
  ["POST", "/api/entry/", { plate: "12ب345-67" }],
  ["POST", "/api/exit/", { plate: "12ب345-67" }],
  ["PUT", "/api/settings/", { capacity: 10_000 }],
] as const;

function expectError(res: ApiResult, status: number, code?: string) {
  expect(res.status).toBe(status);
  expect(res.body.success).toBe(false);
  expect(res.body.error).toMatchObject({ code: expect.any(String), message: expect.any(String), message_fa: expect.any(String) });
  if (code) expect(errorCode(res)).toBe(code);
}

describe.each(WRITES)("%s %s rejects bad requests", (method, path, valid) => {
  const call = (opts: Parameters<typeof api>[2]) => api(server, path, { method, token: server.adminToken, ...opts });

  it("malformed JSON → 400", async () => {
    for (const rawBody of ["{", "", "{'plate': 1}", "nul"]) {
      expectError(await call({ rawBody, headers: { "content-type": "application/json" } }), 400, "malformed_json");
    }
  });

  it("wrong or missing content type → 415", async () => {
    expectError(await call({ rawBody: JSON.stringify(valid), headers: { "content-type": "text/plain" } }), 415);
    expectError(await call({ rawBody: "plate=12", headers: { "content-type": "application/x-www-form-urlencoded" } }), 415);
    expectError(await call({ rawBody: JSON.stringify(valid) }), 415);
  });

  it("body over 64 KB → 413, by Content-Length and by actual size", async () => {
    const big = JSON.stringify({ ...valid, padding: "x".repeat(70_000) });
    expectError(await call({ rawBody: big, headers: { "content-type": "application/json" } }), 413);
    // A streamed body has no Content-Length: the server counts the bytes itself.
    const stream = new Blob([big]).stream();
    const res = await fetch(`${server.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${server.adminToken}`, "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
  });

  it("wrong types, non-objects and unknown fields → 422 with field errors", async () => {
    const bodies = [[], "plate", 42, null, { ...valid, unknown_field: 1 }, Object.fromEntries(Object.keys(valid).map((k) => [k, { nested: true }]))];
    for (const body of bodies) {
      const res = await call({ rawBody: JSON.stringify(body), headers: { "content-type": "application/json" } });
      expectError(res, 422, "validation");
    }
    const unknown = await call({ body: { ...valid, unknown_field: 1 } });
    expect(unknown.body.error).toMatchObject({ field_errors: { unknown_field: expect.any(Object) } });
  });
});

describe("plates and values", () => {
  it.each([
    ["", "empty"],
    ["۱۲ب۳۴۵", "no region"],
    ["١٢س٣٤٥-٦٧٨", "Arabic-Indic digits, three-digit region"],
    ["۱۲X۳۴۵-۶۷", "Latin letter"],
    ["12ح345-67", "letter not used on plates"],
    ["02ب345-67", "leading zero"],
    ["12345-67", "no letter"],
    ["<script>", "markup"],
  ])("invalid plate %j (%s) → 422 invalid_plate, nothing written", async (plate) => {
    const before = (await api(server, "/api/status")).body.active;
    for (const path of ["/api/entry/", "/api/exit"]) {
      const res = await api(server, path, { method: "POST", body: { plate } });
      expectError(res, 422, "invalid_plate");
      expect(res.body.error).toMatchObject({ field_errors: { plate: expect.any(Object) } });
    }
    expect((await api(server, "/api/status")).body.active).toBe(before);
  });

  it("settings out of range or of the wrong type → 422 naming the field", async () => {
    const cases = [{ capacity: 0 }, { capacity: 1.5 }, { capacity: "200" }, { price_per_hour: -1 }, { grace_minutes: 99_999 }, { lot_name: "" },
      { gate_auto_frames: 0 }, { gate_auto_frames: 11 }, { gate_auto_confidence: 0.2 }, { gate_auto_confidence: "0.99" }, { gate_cooldown_seconds: 3_601 },
      { snapshot_retention_days: -1 }, { snapshot_retention_days: 3_651 }, { snapshot_retention_days: 7.5 }, {}];
    for (const body of cases) {
      const res = await api(server, "/api/settings", { method: "PUT", token: server.adminToken, body });
      expectError(res, 422, "validation");
      const field = Object.keys(body)[0] ?? "body";
      expect(res.body.error).toMatchObject({ field_errors: { [field]: { message: expect.any(String), message_fa: expect.any(String) } } });
    }
  });

  it("an invalid Idempotency-Key → 422", async () => {
    const res = await api(server, "/api/entry", { method: "POST", body: { plate: uniquePlate() }, headers: { "idempotency-key": "x".repeat(200) } });
    expectError(res, 422, "validation");
  });

  it("unknown API routes answer 404 JSON, for every method", async () => {
    for (const method of ["GET", "POST", "PUT", "DELETE"]) {
      expectError(await api(server, "/api/no-such-thing/", { method }), 404, "unknown_route");
    }
  });
});

describe("paths that are not valid URL encoding", () => {
  it("answer 400 with the JSON error body, not 500", async () => {
    for (const path of ["/api/%E0%A4%A", "/api/snapshots/%", "/dashboard/%ZZ", "/api/status/%C0"]) {
      const res = await api(server, path);
      expectError(res, 400, "bad_request");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    }
    expect((await api(server, "/api/status/")).status).toBe(200);
  });
});

describe("free text and image references", () => {
  const fieldError = (res: ApiResult, field: string) => (res.body.error as { field_errors: Record<string, { message: string; message_fa: string }> }).field_errors[field];

  it("a lot name with a text-direction override, NUL or a line break → 422 with an English and a Persian message", async () => {
    for (const lot_name of ["Lot \u202Egnp.exe", "Lot\u0000A", "Lot\nA"]) {
      const res = await api(server, "/api/settings", { method: "PUT", token: server.adminToken, body: { lot_name } });
      expectError(res, 422, "validation");
      expect(fieldError(res, "lot_name")).toEqual({ message: expect.stringMatching(/plain text/), message_fa: expect.stringContaining("متن ساده") });
    }
    // Persian needs the zero-width non-joiner.
    const { lot_name: before } = (await api(server, "/api/settings")).body;
    const persian = "پارکینگ می\u200Cخواهیم";
    const saved = await api(server, "/api/settings", { method: "PUT", token: server.adminToken, body: { lot_name: persian } });
    expect(saved.body).toMatchObject({ lot_name: persian });
    await api(server, "/api/settings", { method: "PUT", token: server.adminToken, body: { lot_name: before } });
  });

  it("an image that is the picture itself, or not plain text, → 422 naming the field in both languages, nothing written", async () => {
    const before = (await api(server, "/api/status")).body.active;
    const images = [
      ["x".repeat(60_000), /at most 500 characters/, "حداکثر ۵۰۰ نویسه"],
      ["data:image/jpeg;base64,/9j/4AAQ", /data: URIs/, "data:"],
      ["gate\u0000.jpg", /plain text/, "متن ساده"],
    ] as const;
    for (const [image, message, messageFa] of images) {
      for (const path of ["/api/entry", "/api/exit"]) {
        const res = await api(server, path, { method: "POST", body: { plate: uniquePlate(), image } });
        expectError(res, 422, "validation");
        expect(fieldError(res, "image")).toEqual({ message: expect.stringMatching(message), message_fa: expect.stringContaining(messageFa) });
      }
    }
    expect((await api(server, "/api/status")).body.active).toBe(before);
  });

  it("an image path is accepted and stored, but not sent in the dashboard's poll", async () => {
    const image = "cameras/gate-1/2026-11-30/entry-000042.jpg";
    const plate = uniquePlate();
    expect((await api(server, "/api/entry", { method: "POST", body: { plate, image } })).status).toBe(200);
    const session = await signIn(server, "admin", server.adminPassword, "203.0.113.66");
    if (!("cookie" in session)) throw new Error(`sign-in failed: ${session.error}`);
    const poll = await fetch(`${server.baseUrl}/api/app/dashboard`, { headers: { cookie: session.cookie } });
    const text = await poll.text();
    expect(poll.status).toBe(200);
    expect(JSON.parse(text).recent[0]).toMatchObject({ plate });
    expect(text).not.toContain(image);
    expect(text).not.toMatch(/entryImage|exitImage/);
  });
});

describe("slow clients", () => {
  /** Opens a raw connection, sends part of a request and resolves with the seconds until the server closes it. */
  function secondsUntilClosed(partial: string): Promise<number> {
    const { hostname, port } = new URL(server.baseUrl);
    return new Promise((resolve, reject) => {
      const started = Date.now();
      const socket = net.connect(Number(port), hostname, () => socket.write(partial));
      socket.on("data", () => {});
      socket.on("error", reject);
      socket.on("close", () => resolve((Date.now() - started) / 1000));
    });
  }

  it("half-sent headers are cut after 10 s and a half-sent body after 30 s, not held open", async () => {
    const [headers, body] = await Promise.all([
      secondsUntilClosed("GET /api/status HTTP/1.1\r\nHost: localhost\r\nX-Slow: "),
      secondsUntilClosed(`POST /api/entry HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${server.operatorToken}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"plate":`),
    ]);
    expect(headers).toBeGreaterThanOrEqual(9);
    expect(headers).toBeLessThan(13);
    expect(body).toBeGreaterThanOrEqual(29);
    expect(body).toBeLessThan(33);
  }, 45_000);
});
