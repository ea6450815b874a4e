import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, inject, it } from "vitest";

const server = inject("sqlite");
const root = path.resolve(import.meta.dirname, "../..");
// Where the server keeps snapshots by default: <PELAK_DATA_DIR>/snapshots.
const snapshotDir = path.join(server.dataDir, "snapshots");
const shipped = fs.readdirSync(path.join(root, "prisma/migrations"), { withFileTypes: true }).filter((e) => e.isDirectory()).length;
const isRoot = process.getuid?.() === 0;

async function health() {
  const res = await fetch(`${server.baseUrl}/api/health`);
  return { status: res.status, headers: res.headers, body: await res.json() };
}

describe("GET /api/health", () => {
  it("answers 200 without authentication, with counts and flags only", async () => {
    const { status, headers, body } = await health();
    expect(status).toBe(200);
    expect(headers.get("cache-control")).toMatch(/no-store/);
    expect(body).toEqual({
      status: "ok",
      problems: [],
      database: { reachable: true, migrations: { applied: shipped, expected: shipped, pending: 0 } },
      snapshots: { writable: true, free_bytes: expect.any(Number) },
    });
    const disk = fs.statfsSync(snapshotDir);
    expect(Math.abs(body.snapshots.free_bytes - disk.bavail * disk.bsize)).toBeLessThan(256 * 1024 * 1024);
    expect(JSON.stringify(body)).not.toContain(server.dataDir);
  });

  it("answers 503 while a shipped migration is not applied (as before npm start migrates)", async () => {
    const db = new Database(server.databaseUrl.replace(/^file:/, ""), { timeout: 5_000 });
    const latest = db.prepare(`SELECT * FROM "_prisma_migrations" ORDER BY "migration_name" DESC LIMIT 1`).get() as Record<string, unknown>;
    db.prepare(`DELETE FROM "_prisma_migrations" WHERE "id" = ?`).run(latest.id);
    try {
      const { status, body } = await health();
      expect(status).toBe(503);
      expect(body).toMatchObject({ status: "unavailable", problems: ["migrations_pending"] });
      expect(body.database.migrations).toEqual({ applied: shipped - 1, expected: shipped, pending: 1 });
    } finally {
      const columns = Object.keys(latest);
      db.prepare(`INSERT INTO "_prisma_migrations" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`).run(...Object.values(latest));
      db.close();
    }
    expect((await health()).status).toBe(200);
  });

  it("answers 503 when the snapshot folder cannot be made (a file is in its place, for root too)", async () => {
    const aside = `${snapshotDir}.aside`;
    fs.renameSync(snapshotDir, aside);
    fs.writeFileSync(snapshotDir, "");
    try {
      const { status, body } = await health();
      expect(status).toBe(503);
      expect(body).toMatchObject({ status: "unavailable", problems: ["snapshots_not_writable"], snapshots: { writable: false } });
    } finally {
      fs.rmSync(snapshotDir);
      fs.renameSync(aside, snapshotDir);
    }
    expect((await health()).status).toBe(200);
  });

  // Root writes through a read-only mode, so the server reports that truthfully rather than 503.
  it(`reports a folder without write permission as ${isRoot ? "writable (the server runs as root)" : "not writable (503)"}`, async () => {
    fs.chmodSync(snapshotDir, 0o500);
    try {
      const { status, body } = await health();
      const probe = path.join(snapshotDir, "probe");
      const canWrite = (() => {
        try {
          fs.writeFileSync(probe, "");
          fs.rmSync(probe);
          return true;
        } catch {
          return false;
        }
      })();
      expect(canWrite).toBe(isRoot);
      expect(body.snapshots.writable).toBe(canWrite);
      expect(status).toBe(canWrite ? 200 : 503);
    } finally {
      fs.chmodSync(snapshotDir, 0o700);
    }
  });
});
