import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { skipFirstRun } from "./database";

const root = path.resolve(import.meta.dirname, "../../..");

export type ServerInfo = {
  baseUrl: string;
  databaseUrl: string;
  dataDir: string;
  adminToken: string;
  operatorToken: string;
  adminPassword: string;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Runs the token CLI exactly as an operator would; the token is on the last line. */
export function tokenCli(databaseUrl: string, args: string[]): string {
  const out = execFileSync("npm", ["run", "--silent", "token", "--", ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  return out.trim().split("\n").at(-1) ?? "";
}

async function waitUntilUp(baseUrl: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${log()}`);
    try {
      if ((await fetch(`${baseUrl}/api/openapi.json`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not start:\n${log()}`);
}

/**
 * `npm start` (scripts/start.mjs) on a free port against the given database, plus two CLI tokens.
 * Two server processes by default, as on a 2-core machine: every integration test runs across them.
 */
export async function startServer(opts: { databaseUrl: string; dataDir: string; distDir: string; workers?: number }) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = "";
  // As on a fresh install: a random first-admin password, a generated session secret, no public URL.
  const inherited = { ...process.env };
  for (const name of ["PELAK_ADMIN_PASSWORD", "NEXTAUTH_SECRET", "NEXTAUTH_URL"]) delete inherited[name];
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: root,
    env: {
      ...inherited,
      PORT: String(port),
      DATABASE_URL: opts.databaseUrl,
      PELAK_DATA_DIR: opts.dataDir,
      NEXT_DIST_DIR: opts.distDir,
      PELAK_WORKERS: String(opts.workers ?? 2),
      // The tests stand in for a proxy on loopback: their X-Forwarded-For picks the client address.
      PELAK_TRUSTED_PROXIES: "127.0.0.1,::1",
      CORS_ORIGINS: "http://localhost:3000, http://allowed.test",
    },
    stdio: ["ignore", "pipe", "pipe"],
    // Own process group, so stop() and crash() reach next-server as well as start.mjs.
    detached: true,
  });
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  await waitUntilUp(baseUrl, child, () => output);
  // A second instance on a database that already has users creates no first admin.
  const firstAdminFile = path.join(opts.dataDir, "first-admin.txt");
  const firstAdmin = fs.existsSync(firstAdminFile) ? fs.readFileSync(firstAdminFile, "utf8") : "";
  const info: ServerInfo = {
    baseUrl,
    databaseUrl: opts.databaseUrl,
    dataDir: opts.dataDir,
    adminPassword: /password: (\S+)/.exec(firstAdmin)?.[1] ?? "",
    adminToken: tokenCli(opts.databaseUrl, ["create", "--name", "it-admin", "--role", "admin"]),
    operatorToken: tokenCli(opts.databaseUrl, ["create", "--name", "it-operator", "--role", "operator"]),
  };
  // The suites sign in as an admin who has been through the first-run step (e2e/first-run.spec.ts covers it).
  if (firstAdmin) await skipFirstRun(opts.databaseUrl);
  const signalGroup = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null || !child.pid) return resolve();
      child.once("exit", () => resolve());
      process.kill(-child.pid, signal);
    });
  /** A clean shutdown; crash() is kill -9 of the whole group (no shutdown code runs). */
  return { info, stop: () => signalGroup("SIGTERM"), crash: () => signalGroup("SIGKILL"), output: () => output };
}
