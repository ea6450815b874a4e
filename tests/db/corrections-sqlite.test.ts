import { createMigratedSqliteDatabase } from "../support/migrated-database";

process.env.DATABASE_URL = createMigratedSqliteDatabase();
await import("./corrections.suite");
