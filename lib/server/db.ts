import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/generated/postgres/client";
import { isPostgresUrl, sqliteFileFromUrl } from "./database-url";
import { env } from "./env";

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
} & Pick<PrismaClient, "$queryRaw" | "$executeRaw" | "$queryRawUnsafe" | "$executeRawUnsafe">;

export type Db = Tx & {
  $transaction<R>(fn: (tx: Tx) => Promise<R>): Promise<R>;
  $disconnect(): Promise<void>;
};

function createClient(): { client: Db; provider: "sqlite" | "postgresql" } {
  const { databaseUrl: url, sqliteSynchronous } = env();
  if (isPostgresUrl(url)) {
    return { client: new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }), provider: "postgresql" };
  }
  return { client: new PrismaClient({ adapter: tunedSqliteAdapter(sqliteFileFromUrl(url), sqliteSynchronous) }), provider: "sqlite" };
}

/**
 * WAL lets readers run beside the single writer. synchronous=NORMAL keeps every commit across an
 * application crash (not across power loss); PELAK_SQLITE_SYNCHRONOUS=FULL trades speed for that.
 * Set when the connection opens, before Prisma can start a transaction on it.
 */
function tunedSqliteAdapter(file: string, synchronous: "NORMAL" | "FULL"): PrismaBetterSQLite3 {
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
const globalForDb = globalThis as typeof globalThis & { pelakDb?: ReturnType<typeof createClient> };
const created = (globalForDb.pelakDb ??= createClient());

export const db = created.client;
export const dbProvider = created.provider;
