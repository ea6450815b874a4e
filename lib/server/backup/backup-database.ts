import fs from "node:fs";
import path from "node:path";
import { isPostgresUrl, sqliteFileFromUrl } from "../database-url";
import { backupPostgres, restorePostgres } from "./postgres-backup";
import { backupSqlite, restoreSqlite } from "./sqlite-backup";

/** pelak-20261130T142501Z.db (SQLite) or .dump (pg_dump): UTC, sorts by time, no colons for other file systems. */
export function backupFileName(kind: "sqlite" | "postgresql", at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}Z$/, "Z");
  return `pelak-${stamp}.${kind === "sqlite" ? "db" : "dump"}`;
}

/** Backs up DATABASE_URL's database into `outDir` (made 700 if new) and returns the new file's path. */
export async function backupDatabase(opts: { databaseUrl: string; outDir: string; at: Date }): Promise<string> {
  const postgres = isPostgresUrl(opts.databaseUrl);
  fs.mkdirSync(opts.outDir, { recursive: true, mode: 0o700 });
  const outFile = path.resolve(opts.outDir, backupFileName(postgres ? "postgresql" : "sqlite", opts.at));
  if (postgres) await backupPostgres({ url: opts.databaseUrl, outFile });
  else await backupSqlite({ databaseFile: sqliteFileFromUrl(opts.databaseUrl), outFile });
  return outFile;
}

/** Replaces DATABASE_URL's database with a backup; `overwrite` allows replacing one that holds data. */
export async function restoreDatabase(opts: { databaseUrl: string; backupFile: string; overwrite: boolean }): Promise<void> {
  const backupFile = path.resolve(opts.backupFile);
  if (isPostgresUrl(opts.databaseUrl)) await restorePostgres({ url: opts.databaseUrl, backupFile, overwrite: opts.overwrite });
  else await restoreSqlite({ backupFile, databaseFile: sqliteFileFromUrl(opts.databaseUrl), overwrite: opts.overwrite });
}
