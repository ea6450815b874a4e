import { createMigratedSqliteDatabase } from "../support/migrated-database";

process.env.DATABASE_URL = createMigratedSqliteDatabase();
await import("./exit-lookalikes.suite");
