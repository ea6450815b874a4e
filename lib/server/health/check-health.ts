import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { db, dbProvider } from "../db";
import { checkSnapshotFolder } from "../snapshots/snapshot-store";
import { summariseHealth, type HealthChecks, type HealthReport } from "./health-report";

/** A monitor waits a few seconds at most; a database that answers slower than this counts as down. */
const DATABASE_TIMEOUT_MS = 3_000;

/** The migrations this build ships, as `npm start` applies them (prisma.config.ts picks the folder). */
async function shippedMigrations(): Promise<string[]> {
  const folder = dbProvider === "postgresql" ? "prisma/postgres/migrations" : "prisma/migrations";
  const entries = await fs.readdir(path.resolve(/*turbopackIgnore: true*/ process.cwd(), folder), { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

/** Finished and not rolled back: what Prisma itself counts as applied. */
async function appliedMigrations(): Promise<string[]> {
  const rows = await db.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  return rows.map((row) => row.migration_name);
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref());
}

async function checkDatabase(): Promise<HealthChecks["database"]> {
  const shipped = await shippedMigrations();
  try {
    const applied = await Promise.race([appliedMigrations(), timeout(DATABASE_TIMEOUT_MS)]);
    return { reachable: true, appliedMigrations: applied, shippedMigrations: shipped };
  } catch (error) {
    // The reason stays in the server's log; the unauthenticated answer only says "unreachable".
    console.error("[health] database check failed", error);
    return { reachable: false };
  }
}

/** One small query and a few file-system calls: cheap enough for a monitor every few seconds. */
export async function checkHealth(): Promise<HealthReport> {
  const [database, snapshots] = await Promise.all([checkDatabase(), checkSnapshotFolder()]);
  return summariseHealth({ database, snapshots });
}
