import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startServer } from "./support/server";

const LINE = "[auth] ignored a session cookie that does not decrypt or has expired";

describe("a forged session cookie", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pelak-cookie-"));
  let server: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    // Its own server: the test counts that server's log lines.
    server = await startServer({ databaseUrl: `file:${path.join(dataDir, "pelak.db")}`, dataDir, distDir: inject("distDir"), workers: 1 });
  });
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("reads as signed out, with one log line per request and no stack trace", async () => {
    const otherSecret = await encode({ token: { uid: "1", role: "admin" }, secret: "not-this-servers-secret" });
    const garbled = "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..bm9wZQ.Zm9yZ2Vk.dGFn";
    const get = (urlPath: string, token: string) =>
      fetch(`${server.info.baseUrl}${urlPath}`, { redirect: "manual", headers: { cookie: `next-auth.session-token=${token}` } });

    const dashboard = await get("/dashboard", otherSecret);
    expect(dashboard.status).toBe(307);
    expect(dashboard.headers.get("location")).toMatch(/\/login$/);
    expect((await get("/login", garbled)).status).toBe(200);
    expect((await get("/api/app/dashboard", otherSecret)).status).toBe(401);
    expect((await get("/api/status", garbled)).status).toBe(401);

    const lines = () => server.output().split("\n").filter((line) => line.includes(LINE));
    await expect.poll(() => lines().length).toBe(4);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(lines()).toHaveLength(4);
    expect(server.output()).not.toMatch(/JWT_SESSION_ERROR|^\s+at /m);
  });
});
