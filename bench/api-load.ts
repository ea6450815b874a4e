// REST API load: entry → status → exit cycles with unique plates at several concurrency levels.
//   npx tsx bench/api-load.ts --url http://127.0.0.1:3000 --token pelak_… [--seconds 15] [--levels 1,8,32] [--pid PID]
// --pid (Linux): the server's process id (npm start's); its CPU time per request is reported, a figure
// that depends less than req/s on what else the machine is running.
// Start the production server first (npm start) on a throwaway SQLite database and create an operator
// token with `npm run token -- create --name bench --role operator`. Node's fetch keeps connections alive.
import { parseArgs } from "node:util";
import { cpuSeconds } from "./process-cpu";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: process.env.BENCH_URL ?? "http://127.0.0.1:3000" },
    token: { type: "string", default: process.env.BENCH_TOKEN },
    seconds: { type: "string", default: "15" },
    levels: { type: "string", default: "1,8,32" },
    pid: { type: "string" },
  },
});
if (!values.token) throw new Error("--token (or BENCH_TOKEN) is required");
const base = values.url.replace(/\/$/, "");
const headers = { authorization: `Bearer ${values.token}`, "content-type": "application/json" };

type Endpoint = "entry" | "status" | "exit";
type Stats = { latencies: Record<Endpoint, number[]>; errors: number; entries: number; exits: number };

const LETTERS = ["ب", "ج", "د", "س", "ص", "ط", "ق", "ل", "م", "ن", "و", "ه", "ی"];
let plateCounter = Math.floor(Math.random() * 1_000_000);
function nextPlate(): string {
  const n = plateCounter++;
  const first = 10 + (n % 90);
  const middle = 100 + (Math.floor(n / 90) % 900);
  const letter = LETTERS[Math.floor(n / 81_000) % LETTERS.length];
  const region = 10 + (Math.floor(n / (81_000 * LETTERS.length)) % 90);
  return `${first}${letter}${middle}-${region}`;
}

async function call(stats: Stats, endpoint: Endpoint, init: RequestInit): Promise<boolean> {
  const path = endpoint === "status" ? "/api/status/" : `/api/${endpoint}/`;
  const started = performance.now();
  try {
    const response = await fetch(base + path, { ...init, headers });
    await response.arrayBuffer();
    stats.latencies[endpoint].push(performance.now() - started);
    if (response.ok) return true;
  } catch {
    stats.latencies[endpoint].push(performance.now() - started);
  }
  stats.errors += 1;
  return false;
}

async function worker(stats: Stats, deadline: number): Promise<void> {
  while (performance.now() < deadline) {
    const body = JSON.stringify({ plate: nextPlate() });
    if (await call(stats, "entry", { method: "POST", body })) stats.entries += 1;
    await call(stats, "status", { method: "GET" });
    if (await call(stats, "exit", { method: "POST", body })) stats.exits += 1;
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;
}

function row(name: string, latencies: number[], seconds: number): string {
  const sorted = [...latencies].sort((a, b) => a - b);
  const cells = [name, String(sorted.length), (sorted.length / seconds).toFixed(0), ...[50, 95, 99].map((p) => percentile(sorted, p).toFixed(1))];
  return `| ${cells.join(" | ")} |`;
}

async function inside(): Promise<number> {
  const response = await fetch(`${base}/api/status/`, { headers });
  if (!response.ok) throw new Error(`GET /api/status/ answered ${response.status}`);
  return ((await response.json()) as { active: number }).active;
}

async function runLevel(concurrency: number, seconds: number): Promise<void> {
  const stats: Stats = { latencies: { entry: [], status: [], exit: [] }, errors: 0, entries: 0, exits: 0 };
  const before = await inside();
  const cpuBefore = values.pid ? cpuSeconds(Number(values.pid)) : 0;
  const started = performance.now();
  const deadline = started + seconds * 1_000;
  await Promise.all(Array.from({ length: concurrency }, () => worker(stats, deadline)));
  const elapsed = (performance.now() - started) / 1_000;
  const cpu = values.pid ? cpuSeconds(Number(values.pid)) - cpuBefore : 0;
  const after = await inside();
  const all = [...stats.latencies.entry, ...stats.latencies.status, ...stats.latencies.exit];
  console.log(`\n### concurrency ${concurrency} (${elapsed.toFixed(1)} s)\n`);
  console.log("| endpoint | requests | req/s | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|---:|---:|");
  for (const endpoint of ["entry", "status", "exit"] as const) console.log(row(endpoint, stats.latencies[endpoint], elapsed));
  console.log(row("**overall**", all, elapsed));
  if (values.pid) console.log(`\nserver CPU: ${((cpu * 1_000) / all.length).toFixed(2)} ms per request (${cpu.toFixed(1)} s)`);
  const consistent = after - before === stats.entries - stats.exits;
  console.log(`\nerrors: ${stats.errors}; inside before ${before}, after ${after}; entries ${stats.entries} − exits ${stats.exits} ${consistent ? "matches" : "DOES NOT MATCH"}`);
  if (!consistent || stats.errors > 0) process.exitCode = 1;
}

const seconds = Number(values.seconds);
// Warm-up: compiled routes, Prisma's query plans and the token cache.
await runLevel(4, 2);
console.log("\n(warm-up above)");
for (const level of values.levels.split(",").map(Number)) await runLevel(level, seconds);
