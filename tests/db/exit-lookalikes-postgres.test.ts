import { createMigratedPostgresDatabase } from "../support/migrated-database";

process.env.DATABASE_URL = await createMigratedPostgresDatabase();
await import("./exit-lookalikes.suite");
