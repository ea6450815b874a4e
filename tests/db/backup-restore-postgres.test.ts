import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupDatabase } from "@/lib/server/backup/backup-database";
import { readPostgresRows, type DatabaseRows } from "../support/database-rows";
import { createMigratedPostgresDatabase } from "../support/migrated-database";
import { runNpmScript } from "../support/npm-script";

/** npm run backup / restore on PostgreSQL (pg_dump -Fc, pg_restore), every table and sequence compared. */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pelak-backup-"));
const created: string[] = [];
let source = "";
let target = "";
let backupFile = "";
let expected: DatabaseRows;

function onServer<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  return client.connect().then(() => work(client).finally(() => client.end()));
}

/** An empty database (no tables), as a new server would have before `npm start`. */
async function createEmptyDatabase(): Promise<string> {
  const base = process.env.TEST_POSTGRES_URL;
  if (!base) throw new Error("TEST_POSTGRES_URL is not set: PostgreSQL tests need a server (see README)");
  const name = `pelak_restore_${Date.now().toString(36)}`;
  await onServer(base, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

beforeAll(async () => {
  source = await createMigratedPostgresDatabase();
  target = await createEmptyDatabase();
  created.push(source, target);
  for (const [script, args] of [
    ["seed:stays", ["--stays", "3000", "--inside", "25"]],
    ["token", ["create", "--name", "gate-1", "--role", "operator"]],
  ] as const) {
    const run = runNpmScript(script, [...args], { DATABASE_URL: source });
    if (run.status !== 0) throw new Error(`${script} failed: ${run.stderr}`);
  }
});

afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  const base = process.env.TEST_POSTGRES_URL;
  if (!base) return;
  for (const url of created) await onServer(base, (client) => client.query(`DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`));
});

describe("npm run backup (PostgreSQL)", () => {
  it("dumps one consistent snapshot while a client has a write uncommitted", async () => {
    expected = await readPostgresRows(source);
    const writer = new pg.Client({ connectionString: source });
    await writer.connect();
    await writer.query(`BEGIN; INSERT INTO "AuditLog" ("actor", "action", "entity") VALUES ('test', 'uncommitted', 'x')`);
    const run = runNpmScript("backup", ["--out", dir], { DATABASE_URL: source });
    await writer.query("COMMIT");
    await writer.end();

    expect(run.status, run.stderr).toBe(0);
    backupFile = run.lastLine;
    expect(path.basename(backupFile)).toMatch(/^pelak-\d{8}T\d{6}Z\.dump$/);
    expect(fs.statSync(backupFile).mode & 0o777).toBe(0o600);
    expect(expected.ParkingSession).toHaveLength(3025);
    const after = await readPostgresRows(source);
    expect(after.AuditLog).toHaveLength(expected.AuditLog.length + 1);
    // Sequences are not transactional: the uncommitted insert took an id and pg_dump keeps the
    // counter as it was then (a gap, never a reused id).
    expect(after["(sequences)"]).not.toEqual(expected["(sequences)"]);
    expected = { ...expected, "(sequences)": after["(sequences)"] };
  });

  it("says what to install when pg_dump is missing", async () => {
    const saved = process.env.PATH;
    process.env.PATH = dir;
    try {
      await expect(backupDatabase({ databaseUrl: source, outDir: dir, at: new Date(0) })).rejects.toMatchObject({
        code: "tool_missing",
        message: expect.stringContaining("install the PostgreSQL client tools"),
      });
    } finally {
      process.env.PATH = saved;
    }
    expect(fs.readdirSync(dir)).toEqual([path.basename(backupFile)]);
  });
});

describe("npm run restore (PostgreSQL)", () => {
  it("restores into a fresh database: every table's rows and every sequence equal the source's", async () => {
    const run = runNpmScript("restore", [backupFile], { DATABASE_URL: target });
    expect(run.status, run.stderr).toBe(0);
    expect(await readPostgresRows(target)).toEqual(expected);
  });

  it("refuses to replace a database that holds data without --yes, and replaces it with --yes", async () => {
    await onServer(target, (client) => client.query(`DELETE FROM "ParkingSession" WHERE "id" > 100`));
    const refused = runNpmScript("restore", [backupFile], { DATABASE_URL: target });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("pass --yes");
    expect((await readPostgresRows(target)).ParkingSession).toHaveLength(100);

    const run = runNpmScript("restore", [backupFile, "--yes"], { DATABASE_URL: target });
    expect(run.status, run.stderr).toBe(0);
    expect(await readPostgresRows(target)).toEqual(expected);
  });

  it("refuses while another client (a running server) is connected, and refuses non-backups", async () => {
    const server = new pg.Client({ connectionString: target });
    await server.connect();
    try {
      const run = runNpmScript("restore", [backupFile, "--yes"], { DATABASE_URL: target });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain("1 other connection(s)); stop the server before restoring");
    } finally {
      await server.end();
    }
    const text = path.join(dir, "notes.txt");
    fs.writeFileSync(text, "not a dump");
    const run = runNpmScript("restore", [text, "--yes"], { DATABASE_URL: target });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("is not a Pelak backup (not a pg_dump archive)");
    expect(await readPostgresRows(target)).toEqual(expected);
  });
});
