import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

function migrate(url: string): void {
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
}

/** A fresh SQLite file with every migration applied through the real Prisma CLI. */
export function createMigratedSqliteDatabase(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "pelak-db-"));
  const url = `file:${path.join(dir, "test.db")}`;
  migrate(url);
  return url;
}

/**
 * A fresh, migrated PostgreSQL database on the server named by TEST_POSTGRES_URL
 * (scripts/test-all.sh and .ci/run provide it; the PostgreSQL tests never pass silently without it).
 */
export async function createMigratedPostgresDatabase(): Promise<string> {
  const base = process.env.TEST_POSTGRES_URL;
  if (!base) throw new Error("TEST_POSTGRES_URL is not set: PostgreSQL tests need a server (see README)");
  const name = `pelak_test_${randomBytes(6).toString("hex")}`;
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  migrate(url.toString());
  return url.toString();
}
