import { defineConfig } from "prisma/config";
import { createMigrateAdapter } from "./prisma/migrate-adapter";
import { databaseUrl, isPostgresUrl } from "./lib/server/database-url";

// prisma.config.ts turns off the CLI's .env loading: DATABASE_URL comes from the environment.
const url = databaseUrl();
const folder = isPostgresUrl(url) ? "prisma/postgres" : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: `${folder}/schema.prisma`,
  migrations: { path: `${folder}/migrations` },
  adapter: async () => createMigrateAdapter(url),
});
