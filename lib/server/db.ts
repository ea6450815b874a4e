import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import type Database from "better-sqlite3";
import pg from "pg";
import { PrismaClient, type Prisma } from "@/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/generated/postgres/client";
import { isPostgresUrl, sqliteFileFromUrl } from "./database-url";
import { env } from "./env";
import { createPostgresSql } from "./sql/postgres-sql";
import type { SqlClient } from "./sql/sql-client";
import { tunedSqliteAdapter } from "./sql/sqlite-adapter";
import { createSqliteSql } from "./sql/sqlite-sql";
import { createWriteLock } from "./sql/write-lock";

type ModelMethod =
  | "findUnique" | "findUniqueOrThrow" | "findFirst" | "findFirstOrThrow" | "findMany" | "count"
  | "create" | "createMany" | "update" | "updateMany" | "upsert" | "delete" | "deleteMany";

/**
 * What the use cases may call, which both generated clients satisfy as they are (their models are
 * identical, checked by schema-sync.test.ts). Prisma's own client types differ per provider, and
 * methods with conditional result types (aggregate, groupBy) are not assignable across the two, so
 * the one aggregate we use is spelt out.
 */
export type Tx = {
  setting: Pick<PrismaClient["setting"], ModelMethod>;
  parkingSession: Pick<PrismaClient["parkingSession"], ModelMethod> & {
    aggregate(args: { _sum: { cost: true }; where: Prisma.ParkingSessionWhereInput }): Promise<{ _sum: { cost: number | null } }>;
  };
  user: Pick<PrismaClient["user"], ModelMethod>;
  apiToken: Pick<PrismaClient["apiToken"], ModelMethod>;
  auditLog: Pick<PrismaClient["auditLog"], ModelMethod>;
  shift: Pick<PrismaClient["shift"], ModelMethod>;
  pass: Pick<PrismaClient["pass"], ModelMethod>;
  passPlate: Pick<PrismaClient["passPlate"], ModelMethod>;
  watchEntry: Pick<PrismaClient["watchEntry"], ModelMethod>;
  gate: Pick<PrismaClient["gate"], ModelMethod>;
} & Pick<PrismaClient, "$queryRaw" | "$executeRaw" | "$queryRawUnsafe" | "$executeRawUnsafe">;

export type Db = Tx & {
  $transaction<R>(fn: (tx: Tx) => Promise<R>): Promise<R>;
  $disconnect(): Promise<void>;
};

type Created = { client: Db; provider: "sqlite" | "postgresql"; sql: () => Promise<SqlClient> };

function createClient(): Created {
  const { databaseUrl: url, sqliteSynchronous } = env();
  if (isPostgresUrl(url)) {
    // One pool for Prisma and the hot-path SQL.
    const pool = new pg.Pool({ connectionString: url });
    const sql = Promise.resolve(createPostgresSql(pool));
    return { client: new PostgresClient({ adapter: new PrismaPg(pool) }), provider: "postgresql", sql: () => sql };
  }
  const file = sqliteFileFromUrl(url);
  const lock = createWriteLock();
  let connected: (connection: Database.Database) => void = () => {};
  const sql = new Promise<SqlClient>((resolve) => {
    connected = (writer) => resolve(createSqliteSql({ file, writer, lock }));
  });
  const client = new PrismaClient({ adapter: tunedSqliteAdapter({ file, synchronous: sqliteSynchronous, lock, onConnect: connected }) });
  let connecting: Promise<void> | undefined;
  return {
    client,
    provider: "sqlite",
    sql: () => {
      // The hot-path SQL shares Prisma's connection, which Prisma opens on first use.
      connecting ??= client.$connect();
      return connecting.then(() => sql);
    },
  };
}

// One client per process, in production too: Next evaluates this module once per bundle layer
// (instrumentation.ts's sweep and the routes get their own copy), and SQLite transactions are
// serialised only within one client; a second connection can fail a racing write with SQLITE_BUSY.
const globalForDb = globalThis as typeof globalThis & { pelakDb?: ReturnType<typeof createClient> };
const created = (globalForDb.pelakDb ??= createClient());

export const db = created.client;
export const dbProvider = created.provider;
/** Raw SQL for the hot paths (lib/server/sql/sql-client.ts). */
export const hotSql = created.sql;
