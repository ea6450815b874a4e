import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

function prisma(databaseUrl: string, args: string[]): string {
  return execFileSync("npx", ["prisma", "migrate", ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
    stdio: "pipe",
  });
}

function expectDeployThenUpToDate(databaseUrl: string) {
  expect(prisma(databaseUrl, ["deploy"])).toMatch(/successfully applied|No pending migrations/);
  expect(prisma(databaseUrl, ["status"])).toMatch(/Database schema is up to date/);
  expect(prisma(databaseUrl, ["deploy"])).toMatch(/No pending migrations to apply/);
}

describe("prisma migrate deploy + status on fresh databases", () => {
  it("SQLite", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pelak-migrate-"));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    expectDeployThenUpToDate(`file:${path.join(dir, "fresh.db")}`);
  });

  it("PostgreSQL (TEST_POSTGRES_URL)", async () => {
    const base = process.env.TEST_POSTGRES_URL;
    if (!base) throw new Error("TEST_POSTGRES_URL is not set: PostgreSQL tests need a server (see README)");
    const name = `pelak_it_migrate_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    cleanups.push(async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    });
    const url = new URL(base);
    url.pathname = `/${name}`;
    expectDeployThenUpToDate(url.toString());
  });
});
