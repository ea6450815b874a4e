// Read latencies on a database with a million stays (issue 13, docs/BENCHMARKS.md):
//   npm run seed:stays -- --database-url file:/tmp/million.db
//   DATABASE_URL=file:/tmp/million.db PELAK_ADMIN_PASSWORD=… PORT=3301 npm start
//   npm run bench:million -- --url http://127.0.0.1:3301 --user admin --password … [--requests 200]
// Signs in through next-auth's credentials endpoint (the /api/app routes take the session cookie
// only; the report is for admins), then calls each endpoint --requests times one after another
// (after --warmup calls, default 300: a fresh server runs its code unoptimised for the first few
// thousand requests, 2x the CPU) and prints p50/p95/p99 in milliseconds as a Markdown table. With --pid
// (Linux, npm start's process id) it also prints the server's CPU time per request, which depends
// less than latency on what else the machine runs (PostgreSQL's own CPU time is not included).
import { parseArgs } from "node:util";
import { jalaliDate, previousJalaliMonth } from "../lib/i18n/jalali";
import { cpuSeconds } from "./process-cpu";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: process.env.BENCH_URL ?? "http://127.0.0.1:3000" },
    user: { type: "string", default: "admin" },
    password: { type: "string", default: process.env.PELAK_ADMIN_PASSWORD },
    token: { type: "string", default: process.env.BENCH_TOKEN },
    requests: { type: "string", default: "200" },
    warmup: { type: "string", default: "300" },
    month: { type: "string" },
    label: { type: "string", default: "" },
    pid: { type: "string" },
  },
});
if (!values.password) throw new Error("--password (or PELAK_ADMIN_PASSWORD) is required");
const base = values.url.replace(/\/$/, "");
const requests = Number(values.requests);

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
}

async function signIn(username: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, username, password, json: "true" }),
  });
  const session = cookiesOf(response).find((cookie) => cookie.includes("session-token="));
  if (!session) throw new Error(`sign-in failed (status ${response.status})`);
  return session;
}

const cookie = await signIn(values.user, values.password);
/** REST routes take the bearer token when one is given, the session cookie otherwise. */
const restHeaders: Record<string, string> = values.token ? { authorization: `Bearer ${values.token}` } : { cookie };
const appHeaders = { cookie };

async function getJson<T>(path: string, headers: Record<string, string>): Promise<T> {
  const response = await fetch(base + path, { headers });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

type Page = { items: Array<{ plate: string; entry_at: string }>; next_cursor: string | null };

// Real parameters from the seeded data: a plate that came often, a cursor a year deep, last month.
const firstPage = await getJson<Page>("/api/sessions/?limit=100&status=closed", restHeaders);
const counts = new Map<string, number>();
for (const item of firstPage.items) counts.set(item.plate, (counts.get(item.plate) ?? 0) + 1);
const plate = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
const fragment = plate.slice(3, 6);
const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString();
const deep = await getJson<Page>(`/api/sessions/?to=${encodeURIComponent(yearAgo)}`, restHeaders);
if (!deep.next_cursor) throw new Error("no stays a year back: seed the database first (npm run seed:stays)");
const month = values.month ?? (() => {
  const m = previousJalaliMonth(jalaliDate(new Date()));
  return `${m.year}-${String(m.month).padStart(2, "0")}`;
})();
const inside = await getJson<Array<{ plate: string }>>("/api/app/inside", appHeaders);
const insideQuery = inside.length > 0 ? inside[0].plate.slice(0, 2) : "12";

const endpoints: Array<{ name: string; path: string; headers: Record<string, string> }> = [
  { name: "GET /api/status", path: "/api/status/", headers: restHeaders },
  { name: "GET /api/app/dashboard", path: "/api/app/dashboard", headers: appHeaders },
  { name: `GET /api/app/inside?q=${insideQuery}`, path: `/api/app/inside?q=${encodeURIComponent(insideQuery)}`, headers: appHeaders },
  { name: "GET /api/sessions (first page)", path: "/api/sessions/", headers: restHeaders },
  { name: "GET /api/sessions (page a year deep)", path: `/api/sessions/?cursor=${deep.next_cursor}`, headers: restHeaders },
  { name: "GET /api/sessions?plate=<whole plate>", path: `/api/sessions/?plate=${encodeURIComponent(plate)}`, headers: restHeaders },
  { name: `GET /api/sessions?plate=${fragment} (fragment)`, path: `/api/sessions/?plate=${encodeURIComponent(fragment)}`, headers: restHeaders },
  { name: `GET /api/app/reports?range=${month}`, path: `/api/app/reports?range=${month}`, headers: appHeaders },
];

const pid = values.pid ? Number(values.pid) : null;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

console.log(`${values.label ? `${values.label}: ` : ""}${requests} sequential requests each against ${base} (ms)`);
console.log(`| endpoint | p50 | p95 | p99 | max |${pid ? " server CPU ms/req |" : ""}`);
console.log(`|---|---|---|---|---|${pid ? "---|" : ""}`);
for (const endpoint of endpoints) {
  const call = async () => {
    const started = performance.now();
    const response = await fetch(base + endpoint.path, { headers: endpoint.headers });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${endpoint.name} answered ${response.status}`);
    return performance.now() - started;
  };
  for (let i = 0; i < Number(values.warmup); i++) await call();
  const latencies: number[] = [];
  const cpuBefore = pid ? cpuSeconds(pid) : 0;
  for (let i = 0; i < requests; i++) latencies.push(await call());
  const cpu = pid ? ` ${(((cpuSeconds(pid) - cpuBefore) * 1000) / requests).toFixed(2)} |` : "";
  latencies.sort((a, b) => a - b);
  const cells = [50, 95, 99, 100].map((p) => percentile(latencies, p).toFixed(1));
  console.log(`| ${endpoint.name} | ${cells.join(" | ")} |${cpu}`);
}
