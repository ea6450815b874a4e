import { isIP } from "node:net";
import os from "node:os";
import path from "node:path";
import { z } from "zod";

// No `import "server-only"`: scripts/setup.ts, scripts/start.mjs and prisma.config.ts load this
// outside Next. It is still server code: lib/server is never imported by client modules
// (tests/architecture/imports.test.ts).

const DEFAULT_DATABASE_URL = "file:./data/pelak.db";
const DEFAULT_CORS_ORIGINS = "http://localhost:3000";

/** An empty or blank variable counts as unset, as `VAR= npm start` usually means "use the default". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

const commaList = (value: string) => value.split(",").map((item) => item.trim()).filter(Boolean);

function isAddressOrCidr(value: string): boolean {
  const [address, bits, extra] = value.split("/");
  const version = isIP(address);
  if (!version || extra !== undefined) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128);
}

const envSchema = z.object({
  DATABASE_URL: optional(z.string().trim()),
  PORT: optional(z.coerce.number().int().min(1).max(65_535)),
  /** Origins allowed to call the REST API from a browser; set but empty allows none. */
  CORS_ORIGINS: z.string().optional(),
  NEXTAUTH_SECRET: optional(z.string().trim()),
  NEXTAUTH_URL: optional(z.url()),
  PELAK_DATA_DIR: optional(z.string().trim()),
  PELAK_SNAPSHOT_DIR: optional(z.string().trim()),
  /** NORMAL keeps every commit across an application crash; FULL also across power loss (lib/server/db.ts). */
  PELAK_SQLITE_SYNCHRONOUS: optional(z.string().toUpperCase().pipe(z.enum(["NORMAL", "FULL"]))),
  PELAK_WORKERS: optional(z.coerce.number().int().min(1).max(1_024)),
  /** 1-based, set by scripts/start.mjs for each server process it runs. */
  PELAK_WORKER_INDEX: optional(z.coerce.number().int().min(1)),
  /** Proxies whose X-Forwarded-For is believed: addresses or CIDRs, comma-separated. */
  PELAK_TRUSTED_PROXIES: optional(
    z.string().refine((value) => commaList(value).every(isAddressOrCidr), "expected comma-separated IP addresses or CIDRs"),
  ),
  PELAK_ADMIN_PASSWORD: optional(z.string()),
});

export type Env = {
  databaseUrl: string;
  port: number;
  corsOrigins: string[];
  nextAuthSecret: string | undefined;
  nextAuthUrl: string | undefined;
  dataDir: string;
  /** PELAK_SNAPSHOT_DIR, else <dataDir>/snapshots; relative to the working directory. */
  snapshotDir: string;
  sqliteSynchronous: "NORMAL" | "FULL";
  workers: number;
  workerIndex: number;
  trustedProxies: string[];
  adminPassword: string | undefined;
};

/** Parses an environment; an invalid value throws one error naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment variables:\n${problems.join("\n")}`);
  }
  const e = parsed.data;
  const dataDir = e.PELAK_DATA_DIR ?? "data";
  return {
    databaseUrl: e.DATABASE_URL ?? DEFAULT_DATABASE_URL,
    port: e.PORT ?? 3000,
    corsOrigins: commaList(e.CORS_ORIGINS ?? DEFAULT_CORS_ORIGINS).map((origin) => origin.replace(/\/$/, "")),
    nextAuthSecret: e.NEXTAUTH_SECRET,
    nextAuthUrl: e.NEXTAUTH_URL,
    dataDir,
    snapshotDir: e.PELAK_SNAPSHOT_DIR ?? path.join(dataDir, "snapshots"),
    sqliteSynchronous: e.PELAK_SQLITE_SYNCHRONOUS ?? "NORMAL",
    workers: e.PELAK_WORKERS ?? os.availableParallelism(),
    workerIndex: e.PELAK_WORKER_INDEX ?? 1,
    trustedProxies: commaList(e.PELAK_TRUSTED_PROXIES ?? ""),
    adminPassword: e.PELAK_ADMIN_PASSWORD,
  };
}

/**
 * The process's environment, parsed on every call: cheap next to any request, and tests change
 * variables (the snapshot folder) between cases. Callers on hot paths keep what they derive.
 */
export function env(): Env {
  return parseEnv(process.env);
}

/** Server processes `npm start` runs on one port (PELAK_WORKERS, default one per core). */
export function workerCount(): number {
  return env().workers;
}

/** This process's environment plus `extra`, for a child process (pg_dump takes its password this way, not as an argument). */
export function childProcessEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
