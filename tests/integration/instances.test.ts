import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import bcrypt from "bcryptjs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { api, errorCode, uniquePlate, type ApiResult } from "./support/http";
import { startServer, tokenCli, type ServerInfo } from "./support/server";
import { signIn } from "./support/session";

/**
 * Two Pelak instances (two `npm start`s, on two ports, each with two server processes) against one
 * PostgreSQL database: what one of them does must hold on the other.
 */
describe("two instances on one PostgreSQL", () => {
  let a: ServerInfo;
  let b: ServerInfo;
  const stops: (() => Promise<void>)[] = [];
  let admin: pg.Client;
  let databaseName: string;
  const instances = () => [a, b];

  beforeAll(async () => {
    const base = process.env.TEST_POSTGRES_URL;
    if (!base) throw new Error("TEST_POSTGRES_URL is not set: PostgreSQL tests need a server (see README)");
    databaseName = `pelak_it_${randomBytes(4).toString("hex")}`;
    admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${databaseName}"`);
    const url = new URL(base);
    url.pathname = `/${databaseName}`;
    for (const name of ["a", "b"]) {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `pelak-it-${name}-`));
      const server = await startServer({ databaseUrl: url.toString(), dataDir, distDir: inject("distDir"), workers: 2 });
      stops.push(async () => {
        await server.stop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      });
      if (name === "a") a = server.info;
      else b = server.info;
    }
    await api(a, "/api/settings", { method: "PUT", token: a.adminToken, body: { capacity: 10_000, price_per_hour: 20_000, grace_minutes: 0 } });
  });

  afterAll(async () => {
    for (const stop of stops) await stop();
    await admin?.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    await admin?.end();
  });

  const post = (server: ServerInfo, url: string, plate: string, headers?: Record<string, string>) =>
    api(server, url, { method: "POST", body: { plate }, headers });
  const active = async () => (await api(a, "/api/status")).body.active as number;

  it("32 entries racing for the last space across both instances: exactly one gets in", async () => {
    const inside = await active();
    await api(b, "/api/settings", { method: "PUT", token: b.adminToken, body: { capacity: inside + 1 } });
    const plates = Array.from({ length: 32 }, () => uniquePlate("س"));
    const results = await Promise.all(plates.map((plate, i) => post(instances()[i % 2], "/api/entry/", plate)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409 && errorCode(r) === "lot_full")).toHaveLength(31);
    expect(await active()).toBe(inside + 1);
    await api(a, "/api/settings", { method: "PUT", token: a.adminToken, body: { capacity: 10_000 } });
  });

  it("simultaneous exits of one car on both instances charge it once", async () => {
    const plate = uniquePlate("ص");
    expect((await post(a, "/api/entry/", plate)).status).toBe(200);
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => post(instances()[i % 2], "/api/exit/", plate)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 404 && errorCode(r) === "not_inside")).toHaveLength(7);
    const rows = await queryDatabase(`SELECT "status", "cost" FROM "ParkingSession" WHERE "plate" = $1`, [plate]);
    expect(rows).toEqual([{ status: "closed", cost: 20_000 }]);
    const audit = await queryDatabase(`SELECT COUNT(*)::int AS n FROM "AuditLog" WHERE "action" = 'exit.register' AND "after" LIKE $1`, [`%${plate}%`]);
    expect(audit).toEqual([{ n: 1 }]);
  });

  it("an Idempotency-Key replayed on the other instance returns the first result", async () => {
    const plate = uniquePlate("ط");
    const key = randomUUID();
    const first = await post(a, "/api/entry/", plate, { "idempotency-key": key });
    const again = await post(b, "/api/entry/", plate, { "idempotency-key": key });
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ entry_id: first.body.entry_id, replayed: true });
    const exitKey = randomUUID();
    const [x, y] = await Promise.all([post(a, "/api/exit/", plate, { "idempotency-key": exitKey }), post(b, "/api/exit/", plate, { "idempotency-key": exitKey })]);
    expect([x.status, y.status]).toEqual([200, 200]);
    expect(x.body.cost).toBe(y.body.cost);
    expect([x.body.replayed, y.body.replayed].sort()).toEqual([false, true]);
  });

  it("wrong passwords on one instance block the sign-in on the other", async () => {
    const password = `pw-${randomBytes(6).toString("hex")}`;
    await createOperator("it-two-instances", password);
    for (let i = 0; i < 5; i++) expect(await signIn(a, "it-two-instances", `wrong-${i}`, "203.0.113.77")).toEqual({ error: "CredentialsSignin" });
    expect(await signIn(b, "it-two-instances", password, "203.0.113.77")).toEqual({ error: expect.stringMatching(/^rate_limited:\d+$/) });
    expect(await signIn(b, "it-two-instances", password, "203.0.113.78")).toHaveProperty("cookie");
  });

  it("guessed tokens on one instance are refused on the other; valid tokens from that address still work", async () => {
    const headers = { "x-forwarded-for": "198.51.100.77" };
    for (let i = 0; i < 30; i++) await api(a, "/api/status", { token: `pelak_guess${i}`, headers });
    const refused = await api(b, "/api/status", { token: "pelak_guess", headers });
    expect(refused.status).toBe(429);
    expect((await api(b, "/api/status", { headers })).status).toBe(200);
  });

  it("a token revoked elsewhere stops working on both instances within 2 s", async () => {
    const token = tokenCli(a.databaseUrl, ["create", "--name", "it-revoke-both", "--role", "operator"]);
    for (const server of instances()) expect((await api(server, "/api/status", { token })).status).toBe(200);
    // As revokeApiToken (or the CLI, another instance) writes it, timed from the commit itself.
    await queryDatabase(`UPDATE "ApiToken" SET "revokedAt" = NOW() WHERE "name" = 'it-revoke-both'`, []);
    const revokedAt = Date.now();
    const answers: ApiResult[] = [];
    for (const server of instances()) {
      let res = await api(server, "/api/status", { token });
      while (res.status === 200 && Date.now() - revokedAt < 5_000) {
        await new Promise((r) => setTimeout(r, 100));
        res = await api(server, "/api/status", { token });
      }
      answers.push(res);
    }
    expect(answers.map((r) => r.status)).toEqual([401, 401]);
    expect(Date.now() - revokedAt).toBeLessThan(2_000 + 500);
  });

  async function queryDatabase(text: string, values: unknown[]) {
    const client = new pg.Client({ connectionString: a.databaseUrl });
    await client.connect();
    try {
      return (await client.query(text, values)).rows;
    } finally {
      await client.end();
    }
  }

  async function createOperator(username: string, password: string) {
    const passwordHash = await bcrypt.hash(password, 4);
    await queryDatabase(`INSERT INTO "User" ("username", "name", "passwordHash", "role") VALUES ($1, $1, $2, 'operator')`, [username, passwordHash]);
  }
});
