import { expect, it } from "vitest";
import { createMigratedPostgresDatabase } from "../support/migrated-database";

process.env.DATABASE_URL = await createMigratedPostgresDatabase();
const { db } = await import("./parking-use-cases.suite");

it("runs on PostgreSQL", async () => {
  const rows = await db.$queryRawUnsafe<{ version: string }[]>("SELECT version()");
  expect(rows[0].version).toMatch(/PostgreSQL/);
});
