import { defineConfig } from "prisma/config";
import { createMigrateAdapter } from "./prisma/migrate-adapter";
import { isPostgresUrl } from "./lib/server/database-url";
import { env } from "./lib/server/env";

// prisma.config.ts turns off the CLI's .env loading: DATABASE_URL comes from the environment.
const url = env().databaseUrl;
const folder = isPostgresUrl(url) ? "prisma/postgres" : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: `${folder}/schema.prisma`,
  migrations: { path: `${folder}/migrations` },
  adapter: async () => createMigrateAdapter(url),
});
