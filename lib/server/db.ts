import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/generated/postgres/client";
import { databaseUrl, isPostgresUrl, sqliteFileFromUrl } from "./database-url";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

function createClient(): { client: Db; provider: "sqlite" | "postgresql" } {
  const url = databaseUrl();
  if (isPostgresUrl(url)) {
    // Both generated clients come from identical models (checked by schema-sync.test.ts).
    const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
    return { client, provider: "postgresql" };
  }
  return { client: new PrismaClient({ adapter: tunedSqliteAdapter(sqliteFileFromUrl(url)) }), provider: "sqlite" };
}

/**
 * WAL lets readers run beside the single writer. synchronous=NORMAL keeps every commit across an
 * application crash (not across power loss); PELAK_SQLITE_SYNCHRONOUS=FULL trades speed for that.
 * Set when the connection opens, before Prisma can start a transaction on it.
 */
function tunedSqliteAdapter(file: string): PrismaBetterSQLite3 {
  const synchronous = process.env.PELAK_SQLITE_SYNCHRONOUS === "FULL" ? "FULL" : "NORMAL";
  const factory = new PrismaBetterSQLite3({ url: file, timeout: 5_000 });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    await adapter.executeScript(`PRAGMA journal_mode = WAL; PRAGMA synchronous = ${synchronous};`);
    return adapter;
  };
  return factory;
}

// One client per process, in production too: Next evaluates this module once per bundle layer
// (instrumentation.ts's sweep and the routes get their own copy), and SQLite transactions are
// serialised only within one client; a second connection can fail a racing write with SQLITE_BUSY.
const globalForDb = globalThis as unknown as { pelakDb?: ReturnType<typeof createClient> };
const created = (globalForDb.pelakDb ??= createClient());

export const db = created.client;
export const dbProvider = created.provider;
