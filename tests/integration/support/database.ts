import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/generated/postgres/client";

/** Direct access to a test server's database, for arranging state (an older entry) and checking writes. */
export function openDatabase(databaseUrl: string): PrismaClient {
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    // Same models in both generated clients (schema-sync.test.ts), as in lib/server/db.ts.
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) }) as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl.replace(/^file:/, ""), timeout: 5_000 }) });
}

export type TestDatabase = PrismaClient;

/** Moves an open session's entry back in time, as if the car had come in `minutes` ago. */
export async function backdateEntry(database: TestDatabase, plate: string, minutes: number): Promise<void> {
  const entryAt = new Date(Date.now() - minutes * 60_000 - 5_000);
  const { count } = await database.parkingSession.updateMany({ where: { openPlate: plate }, data: { entryAt } });
  if (count !== 1) throw new Error(`no open session for ${plate}`);
}

/** Marks the first admin as past the first-run step, so that pages open for its cookie. */
export async function skipFirstRun(databaseUrl: string): Promise<void> {
  const database = openDatabase(databaseUrl);
  try {
    await database.user.updateMany({ where: { username: "admin" }, data: { firstRunPending: false } });
  } finally {
    await database.$disconnect();
  }
}
