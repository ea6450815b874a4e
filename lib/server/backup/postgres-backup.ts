import { spawn } from "node:child_process";
import fs from "node:fs";
import pg from "pg";
import { childProcessEnv } from "../env";
import { AppError } from "../errors";
import { backupExists, databaseInUse, notAPelakBackup, toolFailed, toolMissing, wouldOverwrite } from "./backup-errors";

/** libpq's own URI parameters; others (Prisma's schema, connection_limit…) make pg_dump refuse the URI. */
const LIBPQ_PARAMS = new Set([
  "host", "hostaddr", "port", "connect_timeout", "application_name", "options", "target_session_attrs",
  "sslmode", "sslcert", "sslkey", "sslrootcert", "sslcrl",
]);
const REQUIRED_TABLES = ["ParkingSession", "_prisma_migrations"];

/**
 * DATABASE_URL as pg_dump and pg_restore take it, with the password apart: their arguments are
 * visible to every local user (ps), their environment is not.
 */
export function libpqConnection(url: string): { uri: string; password: string | undefined } {
  const parsed = new URL(url);
  const password = parsed.password ? decodeURIComponent(parsed.password) : undefined;
  parsed.password = "";
  for (const key of [...parsed.searchParams.keys()]) if (!LIBPQ_PARAMS.has(key)) parsed.searchParams.delete(key);
  return { uri: parsed.toString(), password };
}

/** Runs a PostgreSQL client tool; resolves with its output, or fails with its error output. */
function runTool(tool: string, args: string[], password?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const env = childProcessEnv(password === undefined ? {} : { PGPASSWORD: password });
    const child = spawn(tool, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", (error: NodeJS.ErrnoException) => reject(error.code === "ENOENT" ? toolMissing(tool) : error));
    child.on("close", (code) => (code === 0 ? resolve(stdout) : reject(toolFailed(tool, stderr.trim()))));
  });
}

/** Throws unless `file` is a pg_dump archive with Pelak's tables (read from its table of contents). */
export async function assertPostgresBackup(file: string): Promise<void> {
  if (!fs.existsSync(file)) throw notAPelakBackup(file, "no such file");
  let contents: string;
  try {
    contents = await runTool("pg_restore", ["--list", file]);
  } catch (error) {
    if (error instanceof AppError && error.code === "tool_failed") throw notAPelakBackup(file, "not a pg_dump archive");
    throw error;
  }
  const missing = REQUIRED_TABLES.filter((table) => !contents.includes(` TABLE public ${table} `));
  if (missing.length > 0) throw notAPelakBackup(file, `no ${missing.join(" or ")} table`);
}

/** pg_dump's custom format: one consistent snapshot, taken while the servers keep running. */
export async function backupPostgres(opts: { url: string; outFile: string }): Promise<void> {
  try {
    fs.writeFileSync(opts.outFile, "", { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw backupExists(opts.outFile);
    throw error;
  }
  const { uri, password } = libpqConnection(opts.url);
  try {
    await runTool("pg_dump", ["--format=custom", `--file=${opts.outFile}`, `--dbname=${uri}`], password);
    await assertPostgresBackup(opts.outFile);
  } catch (error) {
    fs.rmSync(opts.outFile, { force: true });
    throw error;
  }
}

/**
 * Refuses a database with tables unless told to overwrite, and one that other clients are using.
 * A server's pool closes connections idle for 10 s, so an idle server is not seen: stop it first.
 */
async function checkTarget(url: string, overwrite: boolean): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const name: string = (await client.query("SELECT current_database() AS name")).rows[0].name;
    const tables = await client.query("SELECT 1 FROM pg_tables WHERE schemaname = 'public' LIMIT 1");
    if (tables.rowCount && !overwrite) throw wouldOverwrite(`database ${name}`);
    // Client backends only: autovacuum workers come and go on their own.
    const others = await client.query(
      "SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
    );
    if (others.rowCount) throw databaseInUse(`database ${name}`, `${others.rowCount} other connection(s)`);
  } finally {
    await client.end();
  }
}

/**
 * Drops what the backup holds and recreates it, in one transaction: a failure leaves the database
 * as it was. Objects are owned by the restoring role (--no-owner), whatever role made the backup.
 */
export async function restorePostgres(opts: { url: string; backupFile: string; overwrite: boolean }): Promise<void> {
  await assertPostgresBackup(opts.backupFile);
  await checkTarget(opts.url, opts.overwrite);
  const { uri, password } = libpqConnection(opts.url);
  const args = ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error", `--dbname=${uri}`, opts.backupFile];
  await runTool("pg_restore", args, password);
}
