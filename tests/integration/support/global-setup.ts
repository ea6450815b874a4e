import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startServer, type ServerInfo } from "./server";

declare module "vitest" {
  export interface ProvidedContext {
    sqlite: ServerInfo;
    distDir: string;
  }
}

const root = path.resolve(import.meta.dirname, "../../..");

/** Reuses the build in NEXT_DIST_DIR (scripts/test-all.sh builds .next-test first), else builds once. */
function ensureBuild(): string {
  const distDir = process.env.NEXT_DIST_DIR || ".next-itest";
  if (!fs.existsSync(path.join(root, distDir, "BUILD_ID"))) {
    execFileSync("npx", ["next", "build"], { cwd: root, env: { ...process.env, NEXT_DIST_DIR: distDir }, stdio: "inherit" });
  }
  return distDir;
}

export default async function setup(project: TestProject) {
  const distDir = ensureBuild();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pelak-it-"));
  const server = await startServer({ databaseUrl: `file:${path.join(dataDir, "pelak.db")}`, dataDir, distDir });
  project.provide("sqlite", server.info);
  project.provide("distDir", distDir);
  return async () => {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
