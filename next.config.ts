import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // A separate build folder lets a second build (e.g. a test build) run beside the served one.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "onnxruntime-node", "sharp"],
  poweredByHeader: false,
  // Types are checked once for the whole project by `npm test` (tsc --noEmit, tests included);
  // the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // The original clients POST to /api/entry/ — a 308 to /api/entry would break them.
  skipTrailingSlashRedirect: true,
  // Lets pages call forbidden() to render app/forbidden.tsx with a 403.
  experimental: { authInterrupts: true },
};

export default nextConfig;
