import { expect, it } from "vitest";
import { createMigratedSqliteDatabase } from "../support/migrated-database";

process.env.DATABASE_URL = createMigratedSqliteDatabase();
const { db } = await import("./parking-use-cases.suite");

it("runs SQLite in WAL mode, so readers never wait for the writer", async () => {
  const rows = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
  expect(rows[0].journal_mode).toBe("wal");
  const sync = await db.$queryRawUnsafe<{ synchronous: bigint }[]>("PRAGMA synchronous");
  expect(Number(sync[0].synchronous)).toBe(1); // NORMAL
});
