import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { AppError } from "../errors";
import { backupExists, databaseInUse, noDatabase, notAPelakBackup, wouldOverwrite } from "./backup-errors";

/** Tables every Pelak database has: the first migration's stays and Prisma's record of migrations. */
const REQUIRED_TABLES = ["ParkingSession", "_prisma_migrations"];
const ALL_PAGES = 0x7fffffff;

/**
 * Copies the database `from` into the new file `to` with SQLite's online backup API, so `from`
 * may be in use by a running server. All pages in one step: one read transaction, so the copy is
 * of one moment and the server's commits meanwhile (WAL lets them go on) cannot restart it. The
 * copy leaves WAL mode: one self-contained file.
 */
async function copyDatabase(from: string, to: string): Promise<void> {
  try {
    // Made before a byte is written, so the copy is never readable by others.
    fs.writeFileSync(to, "", { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw backupExists(to);
    throw error;
  }
  try {
    const source = new Database(from, { fileMustExist: true, timeout: 5_000 });
    try {
      await source.backup(to, { progress: () => ALL_PAGES });
    } finally {
      source.close();
    }
    const copy = new Database(to);
    copy.pragma("journal_mode = DELETE");
    copy.close();
  } catch (error) {
    fs.rmSync(to, { force: true });
    throw error;
  }
}

/** Throws unless `file` is an undamaged SQLite database with Pelak's tables. */
export function assertSqliteBackup(file: string): void {
  if (!fs.existsSync(file)) throw notAPelakBackup(file, "no such file");
  let backup: Database.Database | undefined;
  try {
    backup = new Database(file, { readonly: true, fileMustExist: true });
    const check = backup.pragma("quick_check", { simple: true });
    if (check !== "ok") throw notAPelakBackup(file, `damaged: ${String(check)}`);
    const tables = new Set(backup.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all());
    const missing = REQUIRED_TABLES.filter((table) => !tables.has(table));
    if (missing.length > 0) throw notAPelakBackup(file, `no ${missing.join(" or ")} table`);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw notAPelakBackup(file, "not an SQLite database");
  } finally {
    backup?.close();
  }
}

export async function backupSqlite(opts: { databaseFile: string; outFile: string }): Promise<void> {
  if (!fs.existsSync(opts.databaseFile)) throw noDatabase(opts.databaseFile);
  await copyDatabase(opts.databaseFile, opts.outFile);
  try {
    assertSqliteBackup(opts.outFile);
  } catch (error) {
    fs.rmSync(opts.outFile, { force: true });
    throw error;
  }
}

/**
 * A running server keeps the database open, and replacing the file under it would lose either the
 * restore or its next writes. Every connection to a WAL database (the server's mode) keeps a shared
 * lock on it, and leaving WAL needs the database alone: a busy switch means it is open elsewhere.
 * Connections to a database not in WAL mode are not seen while idle.
 */
function claimDatabase(file: string): void {
  const target = new Database(file, { timeout: 0 });
  try {
    target.pragma("journal_mode = DELETE");
  } catch (error) {
    if ((error as { code?: string }).code === "SQLITE_BUSY") throw databaseInUse(file, "another process has it open");
    throw error;
  } finally {
    target.close();
  }
}

/** Replaces the database file with a copy of the backup; the swap is one rename. */
export async function restoreSqlite(opts: { backupFile: string; databaseFile: string; overwrite: boolean }): Promise<void> {
  assertSqliteBackup(opts.backupFile);
  const target = opts.databaseFile;
  if (fs.existsSync(target) && fs.statSync(target).size > 0) {
    if (!opts.overwrite) throw wouldOverwrite(target);
    claimDatabase(target);
  }
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  const staging = `${target}.restoring`;
  fs.rmSync(staging, { force: true });
  await copyDatabase(opts.backupFile, staging);
  // A journal left beside the old file would be replayed into the restored one.
  for (const suffix of ["-wal", "-shm", "-journal"]) fs.rmSync(`${target}${suffix}`, { force: true });
  fs.renameSync(staging, target);
}
