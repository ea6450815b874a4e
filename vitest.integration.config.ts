import path from "node:path";
import { defineConfig } from "vitest/config";

// Integration tests: real HTTP against the production build (scripts/start.mjs), real databases.
// The global setup builds into NEXT_DIST_DIR (default .next-itest) unless a build is already there.
export default defineConfig({
  resolve: {
    alias: {
      "@": import.meta.dirname,
      // The use-case tests import lib/server outside React Server Components.
      "server-only": path.join(import.meta.dirname, "tests/support/server-only-stub.ts"),
    },
  },
  test: {
    include: ["tests/integration/**/*.test.ts"],
    globalSetup: ["tests/integration/support/global-setup.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
