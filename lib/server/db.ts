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
  const adapter = new PrismaBetterSQLite3({ url: sqliteFileFromUrl(url) });
  return { client: new PrismaClient({ adapter }), provider: "sqlite" };
}

const globalForDb = globalThis as unknown as { pelakDb?: ReturnType<typeof createClient> };
const created = globalForDb.pelakDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.pelakDb = created;

export const db = created.client;
export const dbProvider = created.provider;
