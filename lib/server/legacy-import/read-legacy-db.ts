import "server-only";
import Database from "better-sqlite3";
import type { LegacyTables } from "@/lib/parking/legacy-rows";
import { AppError } from "../errors";

const TABLES: Record<keyof LegacyTables, string> = { entries: "entries", exits: "exits", activeCars: "active_cars", settings: "settings" };

const notLegacy = (file: string, why: string) =>
  new AppError({
    kind: "bad_request",
    code: "not_legacy_database",
    messages: { fa: `${file} پایگاه‌دادهٔ سامانهٔ قدیمی نیست: ${why}`, en: `${file} is not the old system's database: ${why}` },
  });

/** The four tables of the old system's parking.db, opened read-only: the file is never changed. */
export function readLegacyDb(file: string): LegacyTables {
  let connection: Database.Database;
  try {
    connection = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw notLegacy(file, error instanceof Error ? error.message : String(error));
  }
  try {
    const read = (table: string) => connection.prepare(`SELECT * FROM "${table}"`).all();
    const names = new Set(connection.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all());
    const missing = Object.values(TABLES).filter((table) => !names.has(table));
    if (missing.length > 0) throw notLegacy(file, `no table ${missing.join(", ")}`);
    return { entries: read(TABLES.entries), exits: read(TABLES.exits), activeCars: read(TABLES.activeCars), settings: read(TABLES.settings) };
  } catch (error) {
    // better-sqlite3 opens any file; only the first statement finds it is not SQLite.
    if (error instanceof Database.SqliteError) throw notLegacy(file, error.message);
    throw error;
  } finally {
    connection.close();
  }
}
