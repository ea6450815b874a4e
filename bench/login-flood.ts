// Sign-in flood: /api/status latency alone, then while 16 clients keep signing in with random user
// names (each a wrong password, so every attempt costs a full password check).
//   npx tsx bench/login-flood.ts --url http://127.0.0.1:3000 --token pelak_… [--seconds 15] [--logins 16]
// Start the production server first (npm start) on a throwaway database, with an operator token from
// `npm run token -- create --name bench --role operator`. Results go to docs/BENCHMARKS.md.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: process.env.BENCH_URL ?? "http://127.0.0.1:3000" },
    token: { type: "string", default: process.env.BENCH_TOKEN },
    seconds: { type: "string", default: "15" },
    logins: { type: "string", default: "16" },
    "status-clients": { type: "string", default: "2" },
  },
});
if (!values.token) throw new Error("--token (or BENCH_TOKEN) is required");
const base = values.url.replace(/\/$/, "");
const seconds = Number(values.seconds);

async function statusLoop(deadline: number, latencies: number[]): Promise<void> {
  while (performance.now() < deadline) {
    const started = performance.now();
    const response = await fetch(`${base}/api/status/`, { headers: { authorization: `Bearer ${values.token}` } });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`GET /api/status/ answered ${response.status}`);
    latencies.push(performance.now() - started);
  }
}

/** One sign-in as the login page does it: CSRF token, then the credentials callback. */
async function signInOnce(): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, username: `nobody-${randomBytes(6).toString("hex")}`, password: "wrong-password-1", json: "true" }),
  });
  const { url } = (await response.json()) as { url: string };
  return new URL(url).searchParams.get("error") ?? "signed in";
}

async function loginLoop(deadline: number, outcomes: Map<string, number>): Promise<void> {
  while (performance.now() < deadline) {
    const outcome = await signInOnce();
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

function row(label: string, latencies: number[], extra: string): string {
  const sorted = [...latencies].sort((a, b) => a - b);
  const cells = [label, String(sorted.length), ...[50, 95, 99].map((p) => percentile(sorted, p).toFixed(1)), sorted.at(-1)?.toFixed(1) ?? "-", extra];
  return `| ${cells.join(" | ")} |`;
}

async function phase(logins: number): Promise<string> {
  const deadline = performance.now() + seconds * 1000;
  const latencies: number[] = [];
  const outcomes = new Map<string, number>();
  const statusClients = Number(values["status-clients"]);
  await Promise.all([
    ...Array.from({ length: statusClients }, () => statusLoop(deadline, latencies)),
    ...Array.from({ length: logins }, () => loginLoop(deadline, outcomes)),
  ]);
  const attempts = [...outcomes.values()].reduce((a, b) => a + b, 0);
  const extra = logins ? `${(attempts / seconds).toFixed(1)}/s (${[...outcomes].map(([k, v]) => `${k} ${v}`).join(", ")})` : "-";
  return row(logins ? `status during ${logins} concurrent sign-ins` : "status alone", latencies, extra);
}

await phase(0); // warm-up
console.log("| phase | status requests | p50 ms | p95 ms | p99 ms | max ms | sign-in attempts |");
console.log("|---|---|---|---|---|---|---|");
console.log(await phase(0));
console.log(await phase(Number(values.logins)));
console.log(await phase(0));
