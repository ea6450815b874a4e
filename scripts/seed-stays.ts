// npm run seed:stays -- --database-url <url> [--stays 1000000] [--inside 200] [--years 2] [--seed 13]
// Fills an empty database with closed stays over the last years and cars inside now, for the
// million-stay benchmark (bench/million-stays.ts, docs/BENCHMARKS.md). Rows are written with
// batched multi-row INSERTs (better-sqlite3 or pg directly), not through the use cases.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { PLATE_LETTERS } from "../lib/parking/plate-letters";
import { calculateCost, stayMinutes, type Tariff } from "../lib/parking/tariff";

const HELP = `Usage: npm run seed:stays -- --database-url <url> [options]

Migrates the database (prisma migrate deploy), then writes closed stays spread over the last
years (more by day than by night, minutes to hours, a few days long; costs from the lot's tariff;
canonical plates, some recurring) and cars inside now (open sessions). The ParkingSession table
must be empty. No AuditLog rows are written for seeded stays.

  --database-url <url>  file:/path/to.db (SQLite) or postgresql://… (required; or DATABASE_URL)
  --stays <n>           closed stays (default 1000000)
  --inside <n>          cars inside now (default 200); capacity is raised to fit them if needed
  --years <n>           how far back the stays go (default 2)
  --seed <n>            random seed (default 13): the same seed writes the same plates and times
  --help                this text`;

const { values } = parseArgs({
  options: {
    "database-url": { type: "string" },
    stays: { type: "string", default: "1000000" },
    inside: { type: "string", default: "200" },
    years: { type: "string", default: "2" },
    seed: { type: "string", default: "13" },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const url = values["database-url"] ?? process.env.DATABASE_URL;
if (!url) {
  console.error(HELP);
  process.exit(2);
}
const stays = Number(values.stays);
const inside = Number(values.inside);
const years = Number(values.years);
if (![stays, inside, years].every((n) => Number.isFinite(n) && n >= 0)) {
  console.error("--stays, --inside and --years must be non-negative numbers");
  process.exit(2);
}

// --- deterministic randomness (mulberry32) ---
let state = Number(values.seed) >>> 0;
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

// --- plates: canonical "12ب345-67"; a few thousand regulars come back often ---
const LETTERS = PLATE_LETTERS.filter((l) => l !== "♿" && l !== "D" && l !== "S");
const newPlate = () => `${int(10, 99)}${pick(LETTERS)}${int(100, 999)}-${int(10, 99)}`;
const regulars = Array.from({ length: 3_000 }, newPlate);
/** 35 % of stays are by regulars (skewed: the first ones come most), the rest by occasional cars. */
function plateOfStay(): string {
  if (random() < 0.35) return regulars[Math.floor(regulars.length * random() ** 2)];
  return newPlate();
}

// --- times: more by day than by night (weights per local hour, Tehran is UTC+03:30) ---
const HOUR_WEIGHTS = [1, 0.5, 0.3, 0.3, 0.4, 1, 3, 7, 10, 10, 9, 9, 9, 9, 9, 8, 8, 8, 7, 6, 5, 4, 3, 2];
const HOUR_CUMULATIVE = HOUR_WEIGHTS.map((_, i) => HOUR_WEIGHTS.slice(0, i + 1).reduce((a, b) => a + b, 0));
const HOUR_TOTAL = HOUR_CUMULATIVE[HOUR_CUMULATIVE.length - 1];
const TEHRAN_OFFSET_MS = 3.5 * 3_600_000;
const MINUTE = 60_000;
const DAY = 86_400_000;

function localHour(): number {
  const r = random() * HOUR_TOTAL;
  return HOUR_CUMULATIVE.findIndex((c) => r < c);
}

/** Minutes to hours, some all day, a few several days. */
function durationMinutes(): number {
  const r = random();
  if (r < 0.55) return int(5, 120);
  if (r < 0.88) return int(121, 600);
  if (r < 0.99) return int(601, 1_440);
  return int(1_441, 5 * 1_440);
}

type Stay = {
  plate: string; openPlate: string | null; entryAt: Date; exitAt: Date | null;
  durationMinutes: number | null; cost: number | null; status: string; entryActor: string; exitActor: string | null;
};

const ENTRY_ACTORS = ["gate-in", "gate-in", "gate-in", "operator"];
const EXIT_ACTORS = ["gate-out", "gate-out", "gate-out", "operator"];

/** Closed stays, oldest first, about the same number each day (weekends a little fewer). */
function* closedStays(now: number, tariff: Tariff): Generator<Stay> {
  const days = Math.max(1, Math.round(years * 365));
  const firstLocalMidnight = Math.floor((now + TEHRAN_OFFSET_MS) / DAY) * DAY - TEHRAN_OFFSET_MS - days * DAY;
  const perDay = stays / days;
  let written = 0;
  for (let day = 0; day < days && written < stays; day++) {
    const target = day === days - 1 ? stays - written : Math.min(stays - written, Math.round(perDay * (day + 1)) - written);
    const starts: number[] = [];
    for (let i = 0; i < target; i++) {
      starts.push(firstLocalMidnight + day * DAY + localHour() * 3_600_000 + int(0, 3_599_999));
    }
    starts.sort((a, b) => a - b);
    for (const start of starts) {
      const entryAt = new Date(Math.min(start, now - 2 * MINUTE));
      // Stays that would still be going on are cut short: they left a minute ago at the latest.
      const exitAt = new Date(Math.min(entryAt.getTime() + durationMinutes() * MINUTE + int(0, 59_999), now - MINUTE));
      const minutes = stayMinutes(entryAt, exitAt);
      yield {
        plate: plateOfStay(), openPlate: null, entryAt, exitAt, durationMinutes: minutes,
        cost: calculateCost(minutes, tariff), status: "closed", entryActor: pick(ENTRY_ACTORS), exitActor: pick(EXIT_ACTORS),
      };
      written++;
    }
  }
}

/** Cars inside now: most came in today, a few days ago; distinct plates. */
function openStays(now: number): Stay[] {
  const plates = new Set<string>();
  while (plates.size < inside) plates.add(newPlate());
  return [...plates]
    .map((plate) => {
      const ago = random() < 0.9 ? int(1, 10 * 60) : int(10 * 60, 4 * 1_440);
      const entryAt = new Date(now - ago * MINUTE - int(0, 59_999));
      return { plate, openPlate: plate, entryAt, exitAt: null, durationMinutes: null, cost: null, status: "open", entryActor: pick(ENTRY_ACTORS), exitActor: null };
    })
    .sort((a, b) => a.entryAt.getTime() - b.entryAt.getTime());
}

const COLUMNS = ["plate", "openPlate", "entryAt", "exitAt", "durationMinutes", "cost", "status", "entryActor", "exitActor"] as const;

function migrate(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), "migrate", "deploy"], {
    cwd: root, stdio: "inherit", env: { ...process.env, DATABASE_URL: url },
  });
  if (result.status !== 0) throw new Error(`prisma migrate deploy failed (exit ${result.status})`);
}

function* batches(rows: Iterable<Stay>, size: number): Generator<Stay[]> {
  let batch: Stay[] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

function progress(done: number, started: number): void {
  if (done % 100_000 === 0) console.log(`  ${done.toLocaleString("en")} stays, ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** SQLite stores Prisma DateTimes as ISO text with "+00:00" (tests/integration/raw-writes.suite.ts). */
const sqliteDate = (d: Date | null) => (d === null ? null : d.toISOString().replace("Z", "+00:00"));

function seedSqlite(file: string, now: number): void {
  const conn = new Database(file);
  conn.pragma("journal_mode = WAL");
  conn.pragma("synchronous = OFF");
  try {
    if ((conn.prepare('SELECT COUNT(*) AS n FROM "ParkingSession"').get() as { n: number }).n > 0) {
      throw new Error("ParkingSession is not empty: seed a fresh database");
    }
    const setting = conn.prepare('SELECT "capacity", "pricePerHour", "graceMinutes" FROM "Setting" WHERE "id" = 1').get() as
      { capacity: number; pricePerHour: number; graceMinutes: number };
    const BATCH = 500;
    const placeholders = (n: number) => Array.from({ length: n }, () => `(${COLUMNS.map(() => "?").join(",")})`).join(",");
    const sql = (n: number) => `INSERT INTO "ParkingSession" (${COLUMNS.map((c) => `"${c}"`).join(",")}) VALUES ${placeholders(n)}`;
    const full = conn.prepare(sql(BATCH));
    const insert = conn.transaction((rows: Stay[]) => {
      const params = rows.flatMap((r) => [r.plate, r.openPlate, sqliteDate(r.entryAt), sqliteDate(r.exitAt), r.durationMinutes, r.cost, r.status, r.entryActor, r.exitActor]);
      (rows.length === BATCH ? full : conn.prepare(sql(rows.length))).run(params);
    });
    const started = Date.now();
    let done = 0;
    // 100 batches (50,000 rows) per transaction.
    let pending: Stay[][] = [];
    const flush = conn.transaction((groups: Stay[][]) => groups.forEach((g) => insert(g)));
    for (const batch of batches(closedStays(now, setting), BATCH)) {
      pending.push(batch);
      done += batch.length;
      if (pending.length === 100) {
        flush(pending);
        pending = [];
      }
      progress(done, started);
    }
    flush(pending);
    insert(openStays(now));
    if (setting.capacity < inside) conn.prepare('UPDATE "Setting" SET "capacity" = ? WHERE "id" = 1').run(inside);
    console.log(`  ANALYZE …`);
    conn.exec("ANALYZE");
    conn.pragma("wal_checkpoint(TRUNCATE)");
    console.log(`SQLite: ${done.toLocaleString("en")} closed stays and ${inside} inside in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    conn.close();
  }
}

/** PostgreSQL's TIMESTAMP(3) columns hold UTC wall time (as Prisma writes it). */
const pgDate = (d: Date | null) => (d === null ? null : d.toISOString().slice(0, 23));

async function seedPostgres(now: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: [count] } = await client.query<{ n: string }>('SELECT COUNT(*) AS n FROM "ParkingSession"');
    if (Number(count.n) > 0) throw new Error("ParkingSession is not empty: seed a fresh database");
    const { rows: [setting] } = await client.query<Tariff & { capacity: number }>('SELECT "capacity", "pricePerHour", "graceMinutes" FROM "Setting" WHERE "id" = 1');
    const BATCH = 2_000;
    const insert = async (rows: Stay[]) => {
      const params: unknown[] = [];
      const tuples = rows.map((r) => {
        const base = params.length;
        params.push(r.plate, r.openPlate, pgDate(r.entryAt), pgDate(r.exitAt), r.durationMinutes, r.cost, r.status, r.entryActor, r.exitActor);
        return `(${COLUMNS.map((_, i) => `$${base + i + 1}`).join(",")})`;
      });
      await client.query(`INSERT INTO "ParkingSession" (${COLUMNS.map((c) => `"${c}"`).join(",")}) VALUES ${tuples.join(",")}`, params);
    };
    const started = Date.now();
    let done = 0;
    await client.query("SET synchronous_commit = off");
    await client.query("BEGIN");
    for (const batch of batches(closedStays(now, setting), BATCH)) {
      await insert(batch);
      done += batch.length;
      if (done % 50_000 === 0) {
        await client.query("COMMIT");
        await client.query("BEGIN");
      }
      progress(done, started);
    }
    await insert(openStays(now));
    if (setting.capacity < inside) await client.query('UPDATE "Setting" SET "capacity" = $1 WHERE "id" = 1', [inside]);
    await client.query("COMMIT");
    console.log(`  VACUUM ANALYZE …`);
    await client.query('VACUUM ANALYZE "ParkingSession"');
    console.log(`PostgreSQL: ${done.toLocaleString("en")} closed stays and ${inside} inside in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await client.end();
  }
}

migrate();
const now = Date.now();
if (/^postgres(ql)?:\/\//.test(url)) {
  await seedPostgres(now);
} else {
  seedSqlite(url.replace(/^file:/, ""), now);
}
