import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { api, errorCode } from "./support/http";
import { signIn } from "./support/session";

const server = inject("sqlite");
const name = "0123456789abcdef0123456789abcdef.jpg";
let jpeg: Buffer;
let cookie = "";

beforeAll(async () => {
  // Where the server keeps snapshots by default: <PELAK_DATA_DIR>/snapshots.
  jpeg = await sharp({ create: { width: 64, height: 36, channels: 3, background: "navy" } }).jpeg().toBuffer();
  const dir = path.join(server.dataDir, "snapshots");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), jpeg);
  const session = await signIn(server, "admin", server.adminPassword, "203.0.113.77");
  if (!("cookie" in session)) throw new Error(`sign-in failed: ${session.error}`);
  cookie = session.cookie;
});

const get = (urlPath: string, headers: Record<string, string> = {}) => fetch(`${server.baseUrl}${urlPath}`, { headers, redirect: "manual" });

describe("GET /api/snapshots/<name>", () => {
  it("answers 401 without a session or token, also for names that do not exist", async () => {
    for (const urlPath of [`/api/snapshots/${name}`, "/api/snapshots/ffffffffffffffffffffffffffffffff.jpg"]) {
      const res = await get(urlPath);
      expect(res.status, urlPath).toBe(401);
      expect(res.headers.get("content-type")).toMatch(/json/);
    }
    expect((await get(`/api/snapshots/${name}`, { authorization: "Bearer pelak_not-a-token" })).status).toBe(401);
  });

  it("serves the JPEG to a signed-in user and to an API token, privately cached", async () => {
    const callers: Record<string, string>[] = [{ cookie }, { authorization: `Bearer ${server.operatorToken}` }];
    for (const headers of callers) {
      const res = await get(`/api/snapshots/${name}`, headers);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/jpeg");
      expect(res.headers.get("cache-control")).toMatch(/^private\b/);
      expect(Buffer.from(await res.arrayBuffer()).equals(jpeg)).toBe(true);
    }
  });

  it.each([
    "ffffffffffffffffffffffffffffffff.jpg",
    "0123456789ABCDEF0123456789ABCDEF.jpg",
    "first-admin.txt",
    "..%2Ffirst-admin.txt",
    "%2e%2e%2f%2e%2e%2fpackage.json",
    "..%5Cfirst-admin.txt",
    `${name}%00`,
    `${name}.png`,
  ])("answers 404 for %s, reading nothing outside the snapshot folder", async (bad) => {
    const res = await api(server, `/api/snapshots/${bad}`);
    expect(res.status).toBe(404);
    expect(errorCode(res)).toBe("unknown_snapshot");
  });
});
