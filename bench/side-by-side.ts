// REST API side by side with the original (issue 13, item 4): starts the original Django backend
// (../shared/reference/seed-django, gunicorn, 2 sync workers, fresh parking.db) and Pelak
// (scripts/start.mjs, PELAK_WORKERS processes, fresh SQLite or a throwaway PostgreSQL database) on
// free loopback ports, drives both with the same neutral driver (../shared/reference/load/load.mjs) at
// each concurrency level, and prints Markdown tables; the full result goes to --out as JSON.
//
//   npx tsx bench/side-by-side.ts [--levels 1,8,32,64] [--seconds 15] [--workers N]
//       [--postgres postgresql://user:pass@localhost:5432/postgres] [--mixed] [--out FILE]
//   npm run bench:api -- --levels 1,32 --seconds 5
//
// Needs a production build: `npx next build` (or NEXT_DIST_DIR=.next-bench npx next build and
// --dist .next-bench / NEXT_DIST_DIR=.next-bench). Linux only (server CPU is read from /proc).
// Both servers are stopped and the temporary folders and database removed on exit, Ctrl-C included.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { randomBytes } from "node:crypto";
import pg from "pg";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const USAGE = `usage: npx tsx bench/side-by-side.ts [--levels 1,8,32,64] [--seconds 15] [--warmup 2] [--workers N]
       [--postgres URL] [--mixed] [--pollers 200] [--capacity 1000000] [--dist .next] [--out FILE]
       [--django DIR] [--load FILE] [--django-workers 2]`;

const { values: args } = parseArgs({
  options: {
    levels: { type: "string", default: "1,8,32,64" },
    seconds: { type: "string", default: "15" },
    warmup: { type: "string", default: "2" },
    workers: { type: "string", default: String(os.availableParallelism()) },
    postgres: { type: "string" },
    mixed: { type: "boolean", default: false },
    pollers: { type: "string", default: "200" },
    "mixed-concurrency": { type: "string", default: "32" },
    capacity: { type: "string", default: "1000000" },
    dist: { type: "string", default: process.env.NEXT_DIST_DIR || ".next" },
    out: { type: "string" },
    django: { type: "string", default: path.resolve(root, "../shared/reference/seed-django") },
    "django-workers": { type: "string", default: "2" },
    load: { type: "string", default: path.resolve(root, "../shared/reference/load/load.mjs") },
    help: { type: "boolean", default: false },
  },
});
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

function positiveInt(name: string, raw: string, max: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    console.error(`--${name} must be a whole number from 1 to ${max}, not "${raw}"\n${USAGE}`);
    process.exit(2);
  }
  return n;
}
const levels =
  args.levels === "none" || args.levels === ""
    ? []
    : args.levels.split(",").map((level) => positiveInt("levels", level.trim(), 1024));
const seconds = positiveInt("seconds", args.seconds, 3600);
const warmup = Number(args.warmup);
if (!Number.isFinite(warmup) || warmup < 0 || warmup > 600) {
  console.error(`--warmup must be 0-600 seconds\n${USAGE}`);
  process.exit(2);
}
const workers = positiveInt("workers", args.workers, 256);
const pollerCount = positiveInt("pollers", args.pollers, 5000);
const mixedConcurrency = positiveInt("mixed-concurrency", args["mixed-concurrency"], 1024);
const capacity = positiveInt("capacity", args.capacity, 1_000_000_000);
const djangoWorkers = positiveInt("django-workers", args["django-workers"], 64);
const distDir = args.dist;
if (!fs.existsSync(path.join(root, distDir, "BUILD_ID"))) {
  console.error(`No production build in ${distDir}/: run \`NEXT_DIST_DIR=${distDir} npx next build\` first (or pass --dist).`);
  process.exit(2);
}
for (const [what, file] of [["--django", path.join(args.django, "run.sh")], ["--load", args.load]]) {
  if (!fs.existsSync(file)) {
    console.error(`${what}: ${file} not found`);
    process.exit(2);
  }
}
const stamp = new Date().toISOString().replace(/[:.]/g, "-").replace(/Z$/, "");
const outFile = path.resolve(args.out ?? path.join(root, "bench/results", `side-by-side-${stamp}.json`));

// ------------------------------------------------------------------ cleanup (always)

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pelak-side-by-side-"));
const servers: ChildProcess[] = [];
const serverLogs: string[] = [];
const drivers = new Set<ChildProcess>(); // load.mjs runs in progress
let pgDatabase: { admin: string; name: string; dropped: boolean } | undefined;
let cleaning: Promise<void> | undefined;

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  // The whole group, even when its leader has ended: start.mjs's migration or a worker may outlive it.
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal); // each server runs in its own process group (detached)
  } catch {
    /* already gone */
  }
}

async function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const child of drivers) child.kill("SIGKILL");
    for (const child of servers) killGroup(child, "SIGTERM");
    const deadline = Date.now() + 12_000;
    const groupAlive = (c: ChildProcess) => {
      try {
        process.kill(-c.pid!, 0);
        return true;
      } catch {
        return false;
      }
    };
    while (servers.some(groupAlive) && Date.now() < deadline) await sleep(100);
    for (const child of servers) killGroup(child, "SIGKILL");
    if (pgDatabase && !pgDatabase.dropped) {
      const client = new pg.Client({ connectionString: pgDatabase.admin });
      try {
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS "${pgDatabase.name}" WITH (FORCE)`);
        pgDatabase.dropped = true;
      } catch (error) {
        console.error(`could not drop database ${pgDatabase.name}: ${(error as Error).message}`);
      } finally {
        await client.end().catch(() => {});
      }
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  })();
  return cleaning;
}

// Last resort if the process exits without the async cleanup (e.g. process.exit from a library).
process.on("exit", () => {
  for (const child of drivers) child.kill("SIGKILL");
  for (const child of servers) killGroup(child, "SIGKILL");
  if (pgDatabase && !pgDatabase.dropped) {
    spawnSync("psql", [pgDatabase.admin, "-qc", `DROP DATABASE IF EXISTS "${pgDatabase.name}" WITH (FORCE)`], { stdio: "ignore" });
  }
  fs.rmSync(tmp, { recursive: true, force: true });
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the servers and removing the temporary data…`);
    void cleanup().finally(() => process.exit(130));
  });
}

// ------------------------------------------------------------------ helpers

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const CLK_TCK = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

type ProcInfo = { pid: number; ppid: number; ticks: number; cmdline: string };
function readProcs(): ProcInfo[] {
  const procs: ProcInfo[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command name (which may hold spaces and parentheses): state ppid … utime(14) stime(15).
      const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ppid = Number(rest[1]);
      const ticks = Number(rest[11]) + Number(rest[12]);
      let cmdline = "";
      try {
        cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").replace(/\0/g, " ");
      } catch {
        /* gone */
      }
      procs.push({ pid: Number(entry), ppid, ticks, cmdline });
    } catch {
      /* the process ended while we read */
    }
  }
  return procs;
}

/** CPU ticks (utime+stime) per pid of a process tree; PostgreSQL backends of our database too. */
function treeTicks(rootPid: number, procs: ProcInfo[]): Map<number, number> {
  const children = new Map<number, ProcInfo[]>();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const out = new Map<number, number>();
  const stack = procs.filter((p) => p.pid === rootPid);
  while (stack.length) {
    const p = stack.pop()!;
    out.set(p.pid, p.ticks);
    stack.push(...(children.get(p.pid) ?? []));
  }
  return out;
}
function pgBackendTicks(database: string, procs: ProcInfo[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const p of procs) if (p.cmdline.startsWith("postgres: ") && p.cmdline.includes(` ${database} `)) out.set(p.pid, p.ticks);
  return out;
}
/** CPU seconds between two snapshots; a pid that appeared in between counts from 0, one that ended is lost. */
function cpuSeconds(before: Map<number, number>, after: Map<number, number>): number {
  let ticks = 0;
  for (const [pid, t] of after) ticks += t - (before.get(pid) ?? 0);
  return ticks / CLK_TCK;
}
const loadAverage = () => fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).map(Number);

function percentiles(samples: number[]) {
  if (!samples.length) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  const r = (v: number) => Math.round(v * 100) / 100;
  return { p50: r(at(0.5)), p95: r(at(0.95)), p99: r(at(0.99)), max: r(sorted[sorted.length - 1]), n: sorted.length };
}

async function waitForHttp(url: string, child: ChildProcess, log: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`server ended (${child.exitCode ?? child.signalCode}) before answering; log ${log}:\n${tail(log)}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      /* not yet */
    }
    await sleep(250);
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s; log ${log}:\n${tail(log)}`);
}
const tail = (file: string) => {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-30).join("\n");
  } catch {
    return "(no log)";
  }
};

function startServer(command: string, argv: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; log: string }): ChildProcess {
  serverLogs.push(opts.log);
  const fd = fs.openSync(opts.log, "a");
  const child = spawn(command, argv, { cwd: opts.cwd, env: opts.env, detached: true, stdio: ["ignore", fd, fd] });
  fs.closeSync(fd);
  servers.push(child);
  return child;
}

async function json(url: string, init: RequestInit = {}): Promise<{ status: number; body: { active?: number } & Record<string, unknown> }> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(15_000) });
  } catch (error) {
    // A kept-alive connection the server closed while idle (its keep-alive is 5 s; creating tokens
    // takes longer) fails a PUT, which fetch does not retry by itself. These calls are idempotent.
    console.log(`${init.method ?? "GET"} ${url}: ${(error as Error).message} (${String((error as { cause?: unknown }).cause)}); retrying once`);
    await sleep(500);
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(15_000) });
  }
  const text = await response.text();
  let body: { active?: number } & Record<string, unknown> = { text };
  try {
    body = JSON.parse(text);
  } catch {
    /* keep the text */
  }
  return { status: response.status, body };
}

// ------------------------------------------------------------------ servers

type Server = {
  name: "pelak" | "django";
  base: string;
  pid: number;
  headers: string[];
  authHeader: Record<string, string>;
  dataDir?: string;
};

async function startDjango(): Promise<Server & { capacitySet: unknown }> {
  const port = await freePort();
  const dir = path.join(tmp, "django");
  fs.mkdirSync(dir);
  const log = path.join(dir, "server.log");
  const child = startServer("./run.sh", [], {
    cwd: args.django,
    env: { ...process.env, PORT: String(port), RESET_DB: "1", PARKING_DB: path.join(dir, "parking.db"), WORKERS: String(djangoWorkers), PYTHONDONTWRITEBYTECODE: "1" },
    log,
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForHttp(`${base}/api/status/`, child, log, 60_000);
  const put = await json(`${base}/api/settings/`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ capacity }),
  });
  let capacitySet: unknown = put.status < 300 ? capacity : null;
  if (put.status >= 300) {
    // The original accepts at most 100,000 (its serializer); far above any level's cars inside.
    console.log(`django: capacity ${capacity} refused (${put.status} ${JSON.stringify(put.body)}); using 100000`);
    const retry = await json(`${base}/api/settings/`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ capacity: 100_000 }) });
    if (retry.status >= 300) throw new Error(`django: PUT /api/settings/ failed: ${retry.status} ${JSON.stringify(retry.body)}`);
    capacitySet = 100_000;
  }
  return { name: "django", base, pid: child.pid!, headers: [], authHeader: {}, capacitySet };
}

const tsxLoader = pathToFileURL(path.join(root, "node_modules/tsx/dist/loader.mjs")).href;
function createToken(env: NodeJS.ProcessEnv, role: "operator" | "admin"): string {
  const result = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", tsxLoader, path.join(root, "scripts/token.ts"), "create", "--name", `side-by-side ${role}`, "--role", role],
    { cwd: root, env, encoding: "utf8" },
  );
  const lines = result.stdout.trim().split("\n");
  if (result.status !== 0 || !lines.length) throw new Error(`token create failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return lines[lines.length - 1].trim();
}

async function startPelak(): Promise<Server & { capacitySet: unknown; databaseUrl: string; env: NodeJS.ProcessEnv }> {
  const port = await freePort();
  const dir = path.join(tmp, "pelak");
  const dataDir = path.join(dir, "data");
  fs.mkdirSync(dataDir, { recursive: true });
  let databaseUrl = `file:${path.join(dir, "pelak.db")}`;
  if (args.postgres) {
    const name = `pelak_bench_${randomBytes(5).toString("hex")}`;
    const client = new pg.Client({ connectionString: args.postgres });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE "${name}"`);
    } finally {
      await client.end();
    }
    pgDatabase = { admin: args.postgres, name, dropped: false };
    const url = new URL(args.postgres);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: "127.0.0.1",
    PELAK_WORKERS: String(workers),
    PELAK_DATA_DIR: dataDir,
    PELAK_ADMIN_PASSWORD: `Bench-${randomBytes(12).toString("base64url")}`,
    NEXT_DIST_DIR: distDir,
    NEXTAUTH_URL: "",
    NEXTAUTH_SECRET: "",
  };
  const log = path.join(dir, "server.log");
  const child = startServer(process.execPath, [path.join(root, "scripts/start.mjs")], { cwd: root, env, log });
  const base = `http://127.0.0.1:${port}`;
  await waitForHttp(`${base}/api/status/`, child, log, 180_000);
  // Every worker prepares Next on its own; give the slower ones a moment before measuring.
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && treeTicks(child.pid!, readProcs()).size < workers + 1) await sleep(250);
  await sleep(2_000);
  const operator = createToken(env, "operator");
  const admin = createToken(env, "admin");
  const adminHeaders = { authorization: `Bearer ${admin}`, "content-type": "application/json" };
  let put = await json(`${base}/api/settings`, { method: "PUT", headers: adminHeaders, body: JSON.stringify({ capacity }) });
  let capacitySet: unknown = capacity;
  if (put.status >= 300) {
    // Pelak's settings accept at most 100,000 spaces, like the original.
    console.log(`pelak: capacity ${capacity} refused (${put.status} ${JSON.stringify(put.body)}); using 100000`);
    put = await json(`${base}/api/settings`, { method: "PUT", headers: adminHeaders, body: JSON.stringify({ capacity: 100_000 }) });
    if (put.status >= 300) throw new Error(`pelak: PUT /api/settings failed: ${put.status} ${JSON.stringify(put.body)}`);
    capacitySet = 100_000;
  }
  return {
    name: "pelak",
    base,
    pid: child.pid!,
    headers: ["-H", `Authorization: Bearer ${operator}`],
    authHeader: { authorization: `Bearer ${operator}` },
    dataDir,
    capacitySet,
    databaseUrl: databaseUrl.replace(/:[^:@/]*@/, ":***@"),
    env,
  };
}

// ------------------------------------------------------------------ measuring

function snapshot(server: Server): Map<number, number> {
  const procs = readProcs();
  const ticks = treeTicks(server.pid, procs);
  if (server.name === "pelak" && pgDatabase) for (const [pid, t] of pgBackendTicks(pgDatabase.name, procs)) ticks.set(-pid, t);
  return ticks;
}
/** Splits a snapshot difference into the server's own tree and (negative keys) PostgreSQL backends. */
function splitCpu(before: Map<number, number>, after: Map<number, number>) {
  const pick = (m: Map<number, number>, db: boolean) => new Map([...m].filter(([pid]) => (pid < 0) === db));
  return { server: cpuSeconds(pick(before, false), pick(after, false)), database: cpuSeconds(pick(before, true), pick(after, true)) };
}

type Latency = { p50: number; p95: number; p99: number; max: number; mean?: number };
type Consistency = {
  active_at_start: number;
  active_at_end: number | null;
  entries_ok: number;
  exits_ok: number;
  exits_skipped_after_refused_entry: number;
  expected_delta: number;
  observed_delta: number | null;
  ok: boolean;
};
/** The part of load.mjs's --json result used here. */
type LoadResult = {
  rps: number;
  requests: number;
  cycles_measured: number;
  errors: number;
  latency_ms: Latency | null;
  endpoints: Record<string, { rps: number; latency_ms: Latency | null; errors: Record<string, number> }>;
  consistency: Consistency;
  client_cpu_s: number;
};

async function runLoad(server: Server, concurrency: number, label: string): Promise<{ exitCode: number | null; result: LoadResult | null; stdout: string }> {
  const file = path.join(tmp, `${label}.json`);
  const argv = [
    args.load,
    "--base", server.base,
    "-c", String(concurrency),
    "-d", String(seconds),
    "--warmup", String(warmup),
    "--json", file,
    ...server.headers,
  ];
  const child = spawn(process.execPath, argv, { stdio: ["ignore", "pipe", "pipe"] });
  drivers.add(child);
  child.on("close", () => drivers.delete(child));
  let stdout = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stdout += chunk));
  const exitCode = await new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  let result: LoadResult | null = null;
  try {
    result = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    /* load.mjs ended before writing (bad usage, unreachable) */
  }
  return { exitCode, result, stdout };
}

async function measure(server: Server, concurrency: number) {
  const loadavg = loadAverage();
  const before = snapshot(server);
  const started = new Date().toISOString();
  const load = await runLoad(server, concurrency, `${server.name}-c${concurrency}`);
  const after = snapshot(server);
  const cpu = splitCpu(before, after);
  const r = load.result;
  // CPU over warm-up + measured window; divided by every request of that window (warm-up included).
  const totalRequests = r ? estimateTotalRequests(r) : 0;
  return {
    server: server.name,
    concurrency,
    started,
    loadavg_before: loadavg,
    load_exit_code: load.exitCode,
    load_output: load.stdout.trim().split("\n"),
    rps: r?.rps ?? null,
    latency_ms: r?.latency_ms ?? null,
    errors: r?.errors ?? null,
    endpoints: r?.endpoints ?? null,
    consistency: r?.consistency ?? null,
    client_cpu_s: r?.client_cpu_s ?? null,
    server_cpu_s: round(cpu.server, 2),
    database_cpu_s: pgDatabase && server.name === "pelak" ? round(cpu.database, 2) : null,
    requests_incl_warmup_est: totalRequests,
    server_cpu_ms_per_request: totalRequests ? round((1000 * cpu.server) / totalRequests, 3) : null,
    database_cpu_ms_per_request: pgDatabase && server.name === "pelak" && totalRequests ? round((1000 * cpu.database) / totalRequests, 3) : null,
    raw: r,
  };
}
/**
 * load.mjs reports the measured window only; the server also worked through the warm-up. The entries
 * and exits counted for the consistency check include the warm-up, so the warm-up's requests are
 * estimated from them (each cycle is entry + status + exit).
 */
function estimateTotalRequests(r: LoadResult): number {
  const c = r.consistency ?? {};
  const cyclesAll = Math.max(c.entries_ok ?? 0, r.cycles_measured ?? 0) + (c.exits_skipped_after_refused_entry ?? 0);
  const perCycle = r.cycles_measured ? r.requests / r.cycles_measured : 3;
  return Math.max(r.requests ?? 0, Math.round(cyclesAll * perCycle));
}
const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

// ------------------------------------------------------------------ mixed run (dashboards polling)

function readFirstAdmin(dataDir: string): { username: string; password: string } {
  const text = fs.readFileSync(path.join(dataDir, "first-admin.txt"), "utf8");
  const field = (name: string) => text.match(new RegExp(`^${name}:\\s*(.+)$`, "m"))?.[1].trim() ?? "";
  return { username: field("username"), password: field("password") };
}

const cookiesOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split(";")[0]);

async function signIn(server: Server): Promise<string> {
  const { username, password } = readFirstAdmin(server.dataDir!);
  const csrf = await fetch(`${server.base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${server.base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, username, password, json: "true" }).toString(),
  });
  await response.arrayBuffer();
  const session = cookiesOf(response).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in as ${username} failed: ${response.status} (no next-auth.session-token cookie)`);
  return session;
}

async function mixedRun(server: Server) {
  const cookie = await signIn(server);
  const check = await fetch(`${server.base}/api/app/dashboard`, { headers: { cookie } });
  await check.arrayBuffer();
  if (check.status !== 200) throw new Error(`GET /api/app/dashboard with the session cookie: ${check.status}`);

  // The dashboards poll first and settle (SETTLE_MS), then the gate traffic starts; the dashboards'
  // figures cover the same measured window as load.mjs's (after its warm-up).
  const SETTLE_MS = 3_000;
  const t0 = performance.now();
  let windowStart = Infinity;
  let windowEnd = Infinity;
  const latencies: number[] = [];
  const codes: Record<string, number> = {};
  let stop = false;
  const poller = async (i: number) => {
    let next = t0 + (i * 1000) / pollerCount; // staggered over the first second
    while (!stop) {
      const wait = next - performance.now();
      if (wait > 0) await sleep(wait);
      if (stop) break;
      const started = performance.now();
      let code: string;
      try {
        const response = await fetch(`${server.base}/api/app/dashboard`, { headers: { cookie }, signal: AbortSignal.timeout(10_000) });
        await response.arrayBuffer();
        code = String(response.status);
      } catch (error) {
        code = (error as Error).name === "TimeoutError" ? "TIMEOUT" : `NET:${(error as { cause?: { code?: string } }).cause?.code ?? "ERROR"}`;
      }
      const ended = performance.now();
      if (started >= windowStart && started < windowEnd) {
        latencies.push(ended - started);
        codes[code] = (codes[code] ?? 0) + 1;
      }
      next += 1000;
      if (next < ended) next = ended; // a slow answer delays this poller; it does not burst to catch up
    }
  };
  const loadavg = loadAverage();
  const before = snapshot(server);
  const pollerCpu = process.cpuUsage();
  const wallStart = performance.now();
  const pollers = Array.from({ length: pollerCount }, (_, i) => poller(i));
  await sleep(SETTLE_MS);
  windowStart = performance.now() + warmup * 1000;
  windowEnd = windowStart + seconds * 1000;
  const load = await runLoad(server, mixedConcurrency, `mixed-c${mixedConcurrency}`);
  stop = true;
  await Promise.all(pollers);
  const after = snapshot(server);
  const cpu = splitCpu(before, after);
  const pollerCpuS = (({ user, system }) => (user + system) / 1e6)(process.cpuUsage(pollerCpu));
  const wallS = (performance.now() - wallStart) / 1000;
  const polls = latencies.length;
  const pollErrors = Object.entries(codes).filter(([code]) => code !== "200").reduce((sum, [, n]) => sum + n, 0);
  const r = load.result;
  return {
    concurrency: mixedConcurrency,
    pollers: pollerCount,
    loadavg_before: loadavg,
    load_exit_code: load.exitCode,
    load_output: load.stdout.trim().split("\n"),
    gate: r && { rps: r.rps, latency_ms: r.latency_ms, errors: r.errors, endpoints: r.endpoints, consistency: r.consistency },
    dashboard: { polls, polls_per_s: round(polls / seconds, 1), latency_ms: percentiles(latencies), errors: pollErrors, status_codes: codes },
    wall_s: round(wallS, 2),
    server_cpu_s: round(cpu.server, 2),
    database_cpu_s: pgDatabase ? round(cpu.database, 2) : null,
    /** The 200 pollers run in this process: their own CPU, taken from the same cores. */
    poller_client_cpu_s: round(pollerCpuS, 2),
    raw: r,
  };
}

// ------------------------------------------------------------------ report

const fmt = (v: unknown, d = 1) => (typeof v === "number" ? v.toFixed(d) : "-");
function consistencyText(m: { consistency: Consistency | null | undefined; load_exit_code: number | null }): string {
  const c = m.consistency;
  if (!c) return `no result (load.mjs exit ${m.load_exit_code})`;
  return c.ok ? `OK (${c.active_at_start}→${c.active_at_end})` : `MISMATCH (Δ ${c.observed_delta} ≠ ${c.expected_delta})`;
}

type Measurement = Awaited<ReturnType<typeof measure>>;
type Level = { concurrency: number; order: string[]; pelak?: Measurement; django?: Measurement };
type Report = {
  seconds: number;
  warmup: number;
  machine: { cpus: number; model: string; [key: string]: unknown };
  pelak: { workers: number; database: string; [key: string]: unknown };
  django: { workers: number; [key: string]: unknown };
  levels: Required<Level>[];
  mixed: Awaited<ReturnType<typeof mixedRun>> | null;
  final_status: Record<string, unknown>;
  [key: string]: unknown;
};

function markdown(report: Report): string {
  const lines: string[] = [];
  const db = report.pelak.database;
  lines.push(`Pelak (${db}, ${report.pelak.workers} server processes) vs the original (Django + SQLite, gunicorn ${report.django.workers} sync workers); ` +
    `${report.seconds} s per run after ${report.warmup} s warm-up; ${report.machine.cpus} CPUs, ${report.machine.model}.`, "");
  const dbCol = report.levels.some((l) => l.pelak.database_cpu_ms_per_request !== null);
  lines.push(`| c | server | req/s | ours/orig | p50 ms | p95 ms | p99 ms | errors | server CPU ms/req${dbCol ? " | PostgreSQL CPU ms/req" : ""} | consistency | load avg before |`);
  lines.push(`|---:|---|---:|---:|---:|---:|---:|---:|---:|${dbCol ? "---:|" : ""}---|---|`);
  for (const level of report.levels) {
    const ratio = level.pelak.rps && level.django.rps ? level.pelak.rps / level.django.rps : null;
    for (const m of [level.pelak, level.django]) {
      lines.push(
        `| ${level.concurrency} | ${m.server === "pelak" ? "**Pelak**" : "original"} | ${fmt(m.rps)} | ${m.server === "pelak" ? fmt(ratio, 2) + "×" : ""} | ` +
          `${fmt(m.latency_ms?.p50)} | ${fmt(m.latency_ms?.p95)} | ${fmt(m.latency_ms?.p99)} | ${m.errors ?? "-"} | ${fmt(m.server_cpu_ms_per_request, 2)}` +
          `${dbCol ? ` | ${fmt(m.database_cpu_ms_per_request, 2)}` : ""} | ${consistencyText(m)} | ${m.loadavg_before.map((v: number) => v.toFixed(2)).join(" ")} |`,
      );
    }
  }
  if (report.levels.length) {
    lines.push("", "Per endpoint (req/s, p50 / p95 / p99 ms, errors):", "");
    lines.push("| c | server | entry | status | exit |", "|---:|---|---|---|---|");
    for (const level of report.levels) {
      for (const m of [level.pelak, level.django]) {
        const cell = (name: string) => {
          const e = m.endpoints?.[name];
          if (!e) return "-";
          const errs = Object.entries(e.errors ?? {}).map(([k, v]) => `${k}×${v}`).join(" ");
          return `${fmt(e.rps)}/s, ${fmt(e.latency_ms?.p50)} / ${fmt(e.latency_ms?.p95)} / ${fmt(e.latency_ms?.p99)}${errs ? `, **${errs}**` : ""}`;
        };
        lines.push(`| ${level.concurrency} | ${m.server === "pelak" ? "Pelak" : "original"} | ${cell("entry")} | ${cell("status")} | ${cell("exit")} |`);
      }
    }
  }
  if (report.mixed) {
    const m = report.mixed;
    lines.push("", `Mixed run on Pelak: gate traffic at c=${m.concurrency} while ${m.pollers} dashboards poll GET /api/app/dashboard once a second:`, "");
    lines.push("| traffic | req/s | p50 ms | p95 ms | p99 ms | errors | consistency |", "|---|---:|---:|---:|---:|---:|---|");
    lines.push(`| gates (load.mjs) | ${fmt(m.gate?.rps)} | ${fmt(m.gate?.latency_ms?.p50)} | ${fmt(m.gate?.latency_ms?.p95)} | ${fmt(m.gate?.latency_ms?.p99)} | ${m.gate?.errors ?? "-"} | ${consistencyText({ consistency: m.gate?.consistency, load_exit_code: m.load_exit_code })} |`);
    lines.push(`| dashboards | ${fmt(m.dashboard.polls_per_s)} | ${fmt(m.dashboard.latency_ms?.p50)} | ${fmt(m.dashboard.latency_ms?.p95)} | ${fmt(m.dashboard.latency_ms?.p99)} | ${m.dashboard.errors}${m.dashboard.errors ? ` (${JSON.stringify(m.dashboard.status_codes)})` : ""} | |`);
    lines.push(
      "",
      `Mixed run: ${fmt(m.wall_s, 1)} s wall (warm-up included), server CPU ${fmt(m.server_cpu_s, 2)} s` +
        `${m.database_cpu_s !== null ? ` (+ PostgreSQL ${fmt(m.database_cpu_s, 2)} s)` : ""}, pollers' own CPU ${fmt(m.poller_client_cpu_s, 2)} s.`,
    );
  }
  lines.push("", "Afterwards (GET /api/status active, should be 0):");
  for (const [name, end] of Object.entries(report.final_status)) lines.push(`- ${name}: ${JSON.stringify(end)}`);
  return lines.join("\n");
}

// ------------------------------------------------------------------ main

async function main(): Promise<number> {
  console.log(`temporary folder ${tmp}`);
  console.log(`starting the original (${args.django}) and Pelak (${workers} workers, ${args.postgres ? "PostgreSQL" : "SQLite"}, build ${distDir})…`);
  const [django, pelak] = await Promise.all([startDjango(), startPelak()]);
  console.log(`original on ${django.base} (pid ${django.pid}), Pelak on ${pelak.base} (pid ${pelak.pid}); capacity ${JSON.stringify({ django: django.capacitySet, pelak: pelak.capacitySet })}`);

  const report: Report = {
    kind: "pelak side-by-side (issue 13)",
    started_at: new Date().toISOString(),
    commit: spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).stdout.trim(),
    dirty: spawnSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: root, encoding: "utf8" }).stdout.trim() !== "",
    seconds,
    warmup,
    machine: { cpus: os.availableParallelism(), model: os.cpus()[0]?.model ?? "?", node: process.version, clk_tck: CLK_TCK, loadavg_at_start: loadAverage() },
    pelak: { workers, database: args.postgres ? "PostgreSQL" : "SQLite", database_url: pelak.databaseUrl, build: distDir, capacity: pelak.capacitySet },
    django: { workers: djangoWorkers, dir: args.django, capacity: django.capacitySet },
    load_driver: args.load,
    levels: [],
    mixed: null,
    final_status: {},
  };

  for (const [i, concurrency] of levels.entries()) {
    const order = i % 2 === 0 ? [pelak, django] : [django, pelak];
    const level: Level = { concurrency, order: order.map((s) => s.name) };
    for (const server of order) {
      process.stdout.write(`c=${concurrency} ${server.name}… `);
      const m = await measure(server, concurrency);
      level[server.name] = m;
      console.log(`${fmt(m.rps)} req/s, p99 ${fmt(m.latency_ms?.p99)} ms, errors ${m.errors ?? "-"}, ${consistencyText(m)}, server CPU ${fmt(m.server_cpu_ms_per_request, 2)} ms/req`);
      if (m.load_exit_code !== 0) console.log(`  load.mjs exit ${m.load_exit_code}: ${m.load_output.slice(-4).join(" | ")}`);
    }
    report.levels.push(level as Required<Level>);
  }

  if (args.mixed) {
    process.stdout.write(`mixed: c=${mixedConcurrency} on Pelak with ${pollerCount} dashboards polling… `);
    report.mixed = await mixedRun(pelak);
    const m = report.mixed;
    console.log(`gates ${fmt(m.gate?.rps)} req/s p99 ${fmt(m.gate?.latency_ms?.p99)} ms; dashboards ${fmt(m.dashboard.polls_per_s)}/s p99 ${fmt(m.dashboard.latency_ms?.p99)} ms, errors ${m.dashboard.errors}`);
  }

  let consistent = true;
  for (const server of [pelak, django]) {
    const status = await json(`${server.base}/api/status/`, { headers: server.authHeader });
    const active = status.body?.active;
    report.final_status[server.name] = { http: status.status, active, ok: active === 0 };
    if (active !== 0) consistent = false;
  }
  report.finished_at = new Date().toISOString();

  const table = markdown(report);
  report.markdown = table;
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n${table}\n\nfull result: ${path.relative(process.cwd(), outFile)}`);

  const loadFailed = [...report.levels.flatMap((l) => [l.pelak, l.django]), ...(report.mixed ? [report.mixed] : [])].some(
    (m) => m.load_exit_code !== 0,
  );
  return consistent && !loadFailed ? 0 : 1;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(`side-by-side: ${(error as Error).stack ?? error}`);
  for (const log of serverLogs) console.error(`--- last lines of ${path.relative(tmp, log)}:\n${tail(log)}`);
  code = 1;
} finally {
  await cleanup();
}
process.exit(code);
