#!/usr/bin/env node
// npm start: applies pending migrations to DATABASE_URL's database (SQLite file:./data/pelak.db by
// default, or postgres://…), creates the first admin if there is no user, then serves the
// production build on PORT (default 3000) with PELAK_WORKERS server processes (default: one per
// core) sharing the port. NEXT_DIST_DIR picks another build folder.
import { spawnSync } from "node:child_process";
import cluster from "node:cluster";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// Without a fixed public URL, next-auth builds its URLs from the request's host (an empty
// NEXTAUTH_URL would make next-auth throw "Invalid URL" while rendering pages).
if (!process.env.NEXTAUTH_URL) {
  delete process.env.NEXTAUTH_URL;
  process.env.AUTH_TRUST_HOST ||= "1";
}
process.env.NODE_ENV = "production";

function run(label, args) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`pelak: ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

/**
 * `prisma migrate deploy`, its output shown in full only when it fails. On success Prisma 6.19 names
 * the schema's placeholder datasource ("unused.db") and warns that its url is not used: true, as the
 * driver adapter in prisma.config.ts connects, but the literal url must stay (without it the CLI
 * wants to download its native engines) and the lines mislead whoever reads the log.
 */
function migrate() {
  const cli = path.join(root, "node_modules/prisma/build/index.js");
  const result = spawnSync(process.execPath, [cli, "migrate", "deploy"], { cwd: root, encoding: "utf8" });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? "");
    process.stderr.write(result.stderr ?? "");
    console.error(`pelak: prisma migrate deploy failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
  // Each applied migration is listed as its folder: "  └─ 20261125000000_init/".
  const applied = [...result.stdout.matchAll(/^\s*└─ (\S+)\/$/gm)].map((match) => match[1]);
  console.log(applied.length ? `pelak: applied migrations ${applied.join(", ")}` : "pelak: database schema is up to date");
}

function workerCount() {
  const raw = process.env.PELAK_WORKERS?.trim();
  if (!raw) return os.availableParallelism();
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 256) {
    console.error(`pelak: PELAK_WORKERS must be a whole number from 1 to 256, not "${raw}".`);
    process.exit(1);
  }
  return n;
}

/**
 * The data folder and an SQLite database hold the session secret, the first admin's password and
 * every stay: created readable by this user only (folders 700, files 600), whatever the umask.
 */
function sqliteFile() {
  const url = process.env.DATABASE_URL?.trim() || "file:./data/pelak.db";
  return url.startsWith("file:") ? path.resolve(root, url.slice("file:".length)) : null;
}

function createPrivateDir(dir) {
  if (!fs.existsSync(dir)) fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
}

const workers = workerCount();
const database = sqliteFile();
createPrivateDir(path.resolve(root, process.env.PELAK_DATA_DIR?.trim() || "data"));
if (database) createPrivateDir(path.dirname(database));
migrate();
const tsx = pathToFileURL(path.join(root, "node_modules/tsx/dist/loader.mjs")).href;
if (database) for (const file of [database, `${database}-wal`, `${database}-shm`]) if (fs.existsSync(file)) fs.chmodSync(file, 0o600);
run("first-admin setup", ["--conditions=react-server", "--import", tsx, path.join(root, "scripts/setup.ts")]);

cluster.setupPrimary({ exec: path.join(root, "scripts/server-worker.mjs"), cwd: root });
let stopping = false;
let recentCrashes = 0;

function fork(index) {
  // PELAK_WORKER_INDEX 1 runs the once-per-instance background jobs (instrumentation.ts).
  const worker = cluster.fork({ PELAK_WORKER_INDEX: String(index) });
  worker.on("exit", (code, signal) => {
    if (stopping) return;
    console.error(`pelak: server process ${index} ended (${signal ?? code}); starting another.`);
    // A process that keeps dying right away (bad build, port taken) must not be restarted for ever.
    if (++recentCrashes > 5 * workers) {
      console.error("pelak: server processes keep ending; giving up.");
      process.exit(1);
    }
    setTimeout(() => recentCrashes--, 60_000).unref();
    fork(index);
  });
}

for (let i = 1; i <= workers; i++) fork(i);
console.log(`pelak: ${workers} server process${workers === 1 ? "" : "es"} on port ${process.env.PORT || "3000"}`);

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    const exitWhenDone = () => Object.keys(cluster.workers ?? {}).length === 0 && process.exit(0);
    cluster.on("exit", exitWhenDone);
    exitWhenDone();
  });
}
