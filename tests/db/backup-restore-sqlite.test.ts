import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { restoreDatabase } from "@/lib/server/backup/backup-database";
import { readSqliteRows, type DatabaseRows } from "../support/database-rows";
import { runNpmScript } from "../support/npm-script";

/** npm run backup / restore on SQLite, end to end: seeded stays, tokens and audit rows, every table compared. */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pelak-backup-"));
const sourceFile = path.join(dir, "source.db");
const source = `file:${sourceFile}`;
const mode = (file: string) => fs.statSync(file).mode & 0o777;
let backupFile = "";
let expected: DatabaseRows;

beforeAll(() => {
  for (const [script, args] of [
    ["seed:stays", ["--stays", "3000", "--inside", "25"]],
    ["token", ["create", "--name", "gate-1", "--role", "operator"]],
  ] as const) {
    const run = runNpmScript(script, [...args], { DATABASE_URL: source });
    if (run.status !== 0) throw new Error(`${script} failed: ${run.stderr}`);
  }
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("npm run backup (SQLite)", () => {
  it("copies the database while another connection has it open and a write uncommitted", () => {
    const server = new Database(sourceFile);
    server.pragma("journal_mode = WAL");
    expected = readSqliteRows(sourceFile);
    server.exec(`BEGIN IMMEDIATE; INSERT INTO "AuditLog" ("at", "actor", "action", "entity") VALUES ('2026-11-30T10:00:00.000+00:00', 'test', 'uncommitted', 'x')`);
    const run = runNpmScript("backup", ["--out", path.join(dir, "backups")], { DATABASE_URL: source });
    server.exec("COMMIT");
    server.close();

    expect(run.status, run.stderr).toBe(0);
    backupFile = run.lastLine;
    expect(path.basename(backupFile)).toMatch(/^pelak-\d{8}T\d{6}Z\.db$/);
    expect(mode(backupFile)).toBe(0o600);
    expect(mode(path.dirname(backupFile))).toBe(0o700);
    expect(readSqliteRows(backupFile)).toEqual(expected);
    expect(expected.ParkingSession).toHaveLength(3025);
    expect(expected.ApiToken).toHaveLength(1);
    expect(readSqliteRows(sourceFile).AuditLog).toHaveLength(expected.AuditLog.length + 1);
  });
});

describe("npm run restore (SQLite)", () => {
  const targetFile = path.join(dir, "restored", "pelak.db");
  const target = `file:${targetFile}`;

  it("restores into a fresh path: every table's rows equal the source's, and the app's CLI reads it", () => {
    const run = runNpmScript("restore", [backupFile], { DATABASE_URL: target });
    expect(run.status, run.stderr).toBe(0);
    expect(readSqliteRows(targetFile)).toEqual(expected);
    expect(mode(targetFile)).toBe(0o600);
    const tokens = runNpmScript("token", ["list"], { DATABASE_URL: target });
    expect(tokens.stdout).toMatch(/#1\t.*operator\tactive.*gate-1/);
  });

  it("refuses to replace a database that holds data without --yes, and replaces it with --yes", () => {
    const db = new Database(targetFile);
    db.exec(`DELETE FROM "ParkingSession" WHERE "id" > 100`);
    db.close();
    const refused = runNpmScript("restore", [backupFile], { DATABASE_URL: target });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("pass --yes");
    expect(readSqliteRows(targetFile).ParkingSession).toHaveLength(100);

    const run = runNpmScript("restore", [backupFile, "--yes"], { DATABASE_URL: target });
    expect(run.status, run.stderr).toBe(0);
    expect(readSqliteRows(targetFile)).toEqual(expected);
  });

  it("refuses while a process has the database open (a running server), even with --yes", () => {
    const server = new Database(targetFile);
    server.pragma("journal_mode = WAL");
    server.exec(`DELETE FROM "ParkingSession" WHERE "id" = 1`);
    try {
      const run = runNpmScript("restore", [backupFile, "--yes"], { DATABASE_URL: target });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain("stop the server before restoring");
      expect(server.prepare(`SELECT count(*) FROM "ParkingSession"`).pluck().get()).toBe(3024);
    } finally {
      server.close();
    }
  });

  it("refuses files that are not Pelak backups, leaving the database as it was", async () => {
    const text = path.join(dir, "notes.txt");
    fs.writeFileSync(text, "not a database");
    const otherApp = path.join(dir, "other.db");
    new Database(otherApp).exec("CREATE TABLE things (id INTEGER)").close();
    const before = readSqliteRows(targetFile);
    for (const [file, reason] of [[text, "not an SQLite database"], [otherApp, "no ParkingSession or _prisma_migrations table"], [path.join(dir, "missing.db"), "no such file"]]) {
      const restore = restoreDatabase({ databaseUrl: target, backupFile: file, overwrite: true });
      await expect(restore).rejects.toMatchObject({ code: "not_a_backup", message: `${file} is not a Pelak backup (${reason}).` });
    }
    expect(readSqliteRows(targetFile)).toEqual(before);
  });
});
