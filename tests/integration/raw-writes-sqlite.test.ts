import { expect, it } from "vitest";
import { createMigratedSqliteDatabase } from "../support/migrated-database";

process.env.DATABASE_URL = createMigratedSqliteDatabase();
await import("./raw-writes.suite");
const { db } = await import("@/lib/server/db");

it("SQLite stores raw-written dates in the text format Prisma writes", async () => {
  await db.user.create({ data: { username: "fmt", name: "fmt", passwordHash: "x", role: "operator" } });
  const [prismaWritten] = await db.$queryRawUnsafe<{ v: string }[]>(`SELECT CAST("createdAt" AS TEXT) AS v FROM "User" WHERE "username" = 'fmt'`);
  const rawWritten = await db.$queryRawUnsafe<{ v: string }[]>(
    `SELECT CAST("entryAt" AS TEXT) AS v FROM "ParkingSession" UNION ALL SELECT CAST("exitAt" AS TEXT) FROM "ParkingSession" WHERE "exitAt" IS NOT NULL UNION ALL SELECT CAST("at" AS TEXT) FROM "AuditLog"`,
  );
  const shape = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/;
  expect(prismaWritten.v).toMatch(shape);
  for (const { v } of rawWritten) expect(v).toMatch(shape);
});
