import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { backdateEntry, openDatabase, type TestDatabase } from "./support/database";
import { api, errorCode, uniquePlate } from "./support/http";
import { startServer, type ServerInfo } from "./support/server";

const N = 12;

/** A second production server on a fresh PostgreSQL database, beside the SQLite one. */
async function startPostgresServer() {
  const base = process.env.TEST_POSTGRES_URL;
  if (!base) throw new Error("TEST_POSTGRES_URL is not set: PostgreSQL tests need a server (see README)");
  const name = `pelak_it_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pelak-it-pg-"));
  const server = await startServer({ databaseUrl: url.toString(), dataDir, distDir: inject("distDir") });
  const stop = async () => {
    await server.stop();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return { info: server.info, stop };
}

function concurrencySuite(label: string, start: () => Promise<{ info: ServerInfo; stop: () => Promise<void> }>) {
  describe(`concurrent requests on ${label}`, () => {
    let server: ServerInfo;
    let stop: () => Promise<void>;
    let database: TestDatabase;
    const post = (url: string, plate: string, headers?: Record<string, string>) => api(server, url, { method: "POST", body: { plate }, headers });

    beforeAll(async () => {
      ({ info: server, stop } = await start());
      database = openDatabase(server.databaseUrl);
      await api(server, "/api/settings", { method: "PUT", token: server.adminToken, body: { capacity: 10_000, price_per_hour: 20_000, grace_minutes: 0 } });
    });
    afterAll(async () => {
      await database?.$disconnect();
      await stop?.();
    });

    it(`${N} entries racing for the last free space: exactly one gets in`, async () => {
      const active = await database.parkingSession.count({ where: { openPlate: { not: null } } });
      await api(server, "/api/settings", { method: "PUT", token: server.adminToken, body: { capacity: active + 1 } });
      const plates = Array.from({ length: N }, () => uniquePlate("س"));
      const results = await Promise.all(plates.map((plate) => post("/api/entry/", plate)));
      expect(results.filter((r) => r.status === 200)).toHaveLength(1);
      expect(results.filter((r) => r.status === 409 && errorCode(r) === "lot_full")).toHaveLength(N - 1);
      expect(await database.parkingSession.count({ where: { openPlate: { not: null } } })).toBe(active + 1);
      expect(await database.parkingSession.count({ where: { plate: { in: plates } } })).toBe(1);
      await api(server, "/api/settings", { method: "PUT", token: server.adminToken, body: { capacity: 10_000 } });
    });

    it(`${N} entries of one plate at once: one session, the rest already_inside`, async () => {
      const plate = uniquePlate("د");
      const results = await Promise.all(Array.from({ length: N }, () => post("/api/entry", plate)));
      expect(results.filter((r) => r.status === 200)).toHaveLength(1);
      expect(results.filter((r) => errorCode(r) === "already_inside")).toHaveLength(N - 1);
      expect(await database.parkingSession.count({ where: { plate } })).toBe(1);
    });

    it(`${N} exits of one car at once: exactly one succeeds and it is charged once`, async () => {
      const plate = uniquePlate("ص");
      expect((await post("/api/entry", plate)).status).toBe(200);
      await backdateEntry(database, plate, 61);
      const results = await Promise.all(Array.from({ length: N }, () => post("/api/exit/", plate)));
      const ok = results.filter((r) => r.status === 200);
      expect(ok).toHaveLength(1);
      expect(ok[0].body).toMatchObject({ duration: 61, cost: 40_000 });
      expect(results.filter((r) => r.status === 404 && errorCode(r) === "not_inside")).toHaveLength(N - 1);
      const sessions = await database.parkingSession.findMany({ where: { plate } });
      expect(sessions).toHaveLength(1);
      expect(sessions[0]).toMatchObject({ status: "closed", openPlate: null, cost: 40_000, durationMinutes: 61 });
      const audit = await database.auditLog.findMany({ where: { entity: "ParkingSession", entityId: String(sessions[0].id) } });
      expect(audit.map((a) => a.action).sort()).toEqual(["entry.register", "exit.register"]);
    });

    it(`${N} retries with one Idempotency-Key at once: one entry, the same answer for all`, async () => {
      const plate = uniquePlate("ط");
      const headers = { "idempotency-key": `race-${randomBytes(8).toString("hex")}` };
      const results = await Promise.all(Array.from({ length: N }, () => post("/api/entry", plate, headers)));
      expect(results.map((r) => r.status)).toEqual(Array(N).fill(200));
      expect(new Set(results.map((r) => r.body.entry_id)).size).toBe(1);
      expect(await database.parkingSession.count({ where: { plate } })).toBe(1);
    });
  });
}

concurrencySuite("SQLite", async () => ({ info: inject("sqlite"), stop: async () => {} }));
concurrencySuite("PostgreSQL", startPostgresServer);
