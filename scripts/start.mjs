#!/usr/bin/env node
// npm start: applies pending migrations to DATABASE_URL's database (SQLite file:./data/pelak.db by
// default, or postgres://…), creates the first admin if there is no user, then serves the
// production build (next start) on PORT (default 3000). NEXT_DIST_DIR picks another build folder.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = process.env.PORT || "3000";
// Without a fixed public URL, next-auth builds its URLs from the request's host (an empty
// NEXTAUTH_URL would make next-auth throw "Invalid URL" while rendering pages).
if (!process.env.NEXTAUTH_URL) {
  delete process.env.NEXTAUTH_URL;
  process.env.AUTH_TRUST_HOST ||= "1";
}

function run(label, args) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`pelak: ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

run("prisma migrate deploy", [path.join(root, "node_modules/prisma/build/index.js"), "migrate", "deploy"]);
const tsx = pathToFileURL(path.join(root, "node_modules/tsx/dist/loader.mjs")).href;
run("first-admin setup", ["--conditions=react-server", "--import", tsx, path.join(root, "scripts/setup.ts")]);

const next = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", port], {
  cwd: root,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => next.kill(signal));
next.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
