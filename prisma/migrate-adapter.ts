/**
 * Driver adapters for the Prisma CLI (migrate) only — never loaded by the app.
 * Prisma 6.19.3's adapter-based migrate has bugs (see shared notes "prisma-offline");
 * the patches below touch adapter internals, which is why Prisma is pinned exactly.
 */
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { isPostgresUrl, sqliteFileFromUrl } from "../lib/server/database-url";

type Query = { sql: string; args: unknown[]; argTypes: unknown[] };
type Queryable = {
  queryRaw(q: Query): Promise<unknown>;
  executeRaw(q: Query): Promise<number>;
  executeScript(script: string): Promise<void>;
};
type PgQueryable = Queryable & {
  performIO(q: Query): Promise<{ fields: { dataTypeID: number }[] }>;
  client: { query(text: string): Promise<unknown> };
  onError(e: unknown): never;
};

const MIGRATIONS_TABLE_DDL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
  "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`;

function causeKind(error: unknown): string | undefined {
  const cause = (error as { cause?: { kind?: string; table?: string } }).cause;
  return cause?.kind === "TableDoesNotExist" && cause.table?.includes("_prisma_migrations")
    ? "missingMigrationsTable"
    : undefined;
}

/** Fix 1 (fresh DB has no _prisma_migrations) and fix 2 (multi-statement executeRaw). */
function patchSqlite(adapter: Queryable): void {
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.queryRaw = async (q) => {
    try {
      return await queryRaw(q);
    } catch (error) {
      if (causeKind(error) !== "missingMigrationsTable") throw error;
      await adapter.executeScript(MIGRATIONS_TABLE_DDL);
      return queryRaw(q);
    }
  };
  adapter.executeRaw = async (q) => {
    try {
      return await executeRaw(q);
    } catch (error) {
      if (q.args.length > 0 || !String(error).includes("more than one statement")) throw error;
      await adapter.executeScript(q.sql);
      return 0;
    }
  };
}

// pg type OIDs: "char"(18) and name(19) → text(25); their arrays 1002/1003 → text[] (1009)
const PG_OID_REMAP: Record<number, number> = { 18: 25, 19: 25, 1002: 1009, 1003: 1009 };

/** Fix 4 (name/"char" columns) and fix 5 (scripts split on every ';'). */
function patchPostgres(adapter: PgQueryable): void {
  const performIO = adapter.performIO.bind(adapter);
  adapter.performIO = async (q) => {
    const result = await performIO(q);
    for (const field of result.fields) field.dataTypeID = PG_OID_REMAP[field.dataTypeID] ?? field.dataTypeID;
    return result;
  };
  adapter.executeScript = async (script) => {
    try {
      await adapter.client.query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
}

function hasUnref(timer: unknown): timer is { unref(): void } {
  return typeof timer === "object" && timer !== null && "unref" in timer;
}

/** Fix 7: the wasm engine leaves long timers behind, which keeps the CLI alive after it is done. */
function unrefWasmTimers(): void {
  const original = globalThis.setTimeout;
  const patched = (handler: () => void, ms?: number, ...rest: unknown[]) => {
    const timer = original(handler, ms, ...rest);
    if ((ms ?? 0) >= 1000 && hasUnref(timer) && new Error().stack?.includes("wasm://")) timer.unref();
    return timer;
  };
  globalThis.setTimeout = Object.assign(patched, original) as typeof globalThis.setTimeout;
}

/** Applies `patch` to every adapter the factory connects. */
function patchConnections<F extends { connect(): Promise<A> }, A>(factory: F, patch: (adapter: A) => void): F {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    patch(adapter);
    return adapter;
  };
  return factory;
}

export function createMigrateAdapter(url: string) {
  unrefWasmTimers();
  if (isPostgresUrl(url)) {
    const factory = new PrismaPg({ connectionString: url, allowExitOnIdle: true });
    return patchConnections(factory, (adapter) => patchPostgres(adapter as unknown as PgQueryable));
  }
  const file = sqliteFileFromUrl(url);
  // A fresh clone has no data/ folder yet; SQLite creates the file but not its folder.
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const factory = new PrismaBetterSQLite3({ url: file });
  return patchConnections(factory, (adapter) => patchSqlite(adapter as unknown as Queryable));
}
