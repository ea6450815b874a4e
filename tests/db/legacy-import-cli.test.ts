import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { createMigratedSqliteDatabase } from "../support/migrated-database";
import { runNpmScript } from "../support/npm-script";

/** npm run import-legacy as an operator runs it, on a fresh SQLite database. */
const url = createMigratedSqliteDatabase();
const fixture = path.resolve(import.meta.dirname, "../fixtures/legacy/parking.db");
const count = (table: string) => {
  const conn = new Database(url.replace(/^file:/, ""), { readonly: true });
  try {
    return conn.prepare(`SELECT COUNT(*) FROM "${table}"`).pluck().get();
  } finally {
    conn.close();
  }
};
const rejected = [
  "Rejected rows: 3",
  "  exits 4: no entry 99 in entries",
  '  entries 3: plate "ABC-123": This letter is not used on Iranian plates.',
  "  exits 3: entry 3 was rejected",
];

describe("npm run import-legacy", () => {
  it("--dry-run prints what it would do and writes nothing", () => {
    const run = runNpmScript("import-legacy", [fixture, "--dry-run"], { DATABASE_URL: url });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim().split("\n")).toEqual([
      "Dry run: nothing was changed.",
      "Stays to create: 4 (2 closed, 2 still inside)",
      "Already imported, skipped: 0",
      "Settings to change: capacity 200 → 150, price per hour 20000 → 30000",
      ...rejected,
    ]);
    expect(count("ParkingSession")).toBe(0);
    expect(count("AuditLog")).toBe(0);
  });

  it("imports, and a second run adds nothing", () => {
    const first = runNpmScript("import-legacy", [fixture], { DATABASE_URL: url });
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout.trim().split("\n")).toEqual([
      "Imported.",
      "Stays created: 4 (2 closed, 2 still inside)",
      "Already imported, skipped: 0",
      "Settings changed: capacity 200 → 150, price per hour 20000 → 30000",
      ...rejected,
    ]);
    expect(count("ParkingSession")).toBe(4);

    const second = runNpmScript("import-legacy", [fixture], { DATABASE_URL: url });
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain("Stays created: 0 (0 closed, 0 still inside)\nAlready imported, skipped: 4\nSettings: no change\n");
    expect(count("ParkingSession")).toBe(4);
  });

  it("explains a missing argument or a file that is not the old database", () => {
    expect(runNpmScript("import-legacy", [], { DATABASE_URL: url })).toMatchObject({ status: 2, stderr: expect.stringContaining("usage:") });
    const wrong = runNpmScript("import-legacy", [url.replace(/^file:/, "")], { DATABASE_URL: url });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/is not the old system's database: no table entries, exits, active_cars, settings/);
  });
});
