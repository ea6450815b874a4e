// Query plans of the read paths on a seeded database (npm run seed:stays), for docs/BENCHMARKS.md:
//   npx tsx bench/million-explain.ts --database-url file:/tmp/million.db   (EXPLAIN QUERY PLAN)
//   npx tsx bench/million-explain.ts --database-url postgresql://…/db     (EXPLAIN ANALYZE)
// The SQL is what the read models send (Prisma's model queries written out by hand).
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { jalaliDate, jalaliMonthDays, previousJalaliMonth } from "../lib/i18n/jalali";
import { localDayRange } from "../lib/parking/day-range";

const { values } = parseArgs({ options: { "database-url": { type: "string" } } });
const url = values["database-url"] ?? process.env.DATABASE_URL;
if (!url) throw new Error("--database-url is required");
const postgres = /^postgres(ql)?:\/\//.test(url);

const now = new Date();
const today = localDayRange(now);
const days = jalaliMonthDays(previousJalaliMonth(jalaliDate(now)));
const from = days[0].start;
const yearAgo = new Date(now.getTime() - 365 * 86_400_000);
const sqliteDate = (d: Date) => d.toISOString().replace("Z", "+00:00");
const pgDate = (d: Date) => d.toISOString().slice(0, 23);
const date = (d: Date) => (postgres ? pgDate(d) : sqliteDate(d));
const at = (d: Date) => `'${date(d)}'`;
const concat = (c: string) => (postgres ? `string_agg(CAST(${c} AS TEXT), ',')` : `group_concat(${c})`);
const cols = `"id", "plate", "entryAt", "exitAt", "durationMinutes", "cost", "status"`;
const values30 = days.map((d, i) => `(${i}, ${postgres ? `CAST(${at(d.start)} AS TIMESTAMP(3))` : at(d.start)}, ${postgres ? `CAST(${at(d.end)} AS TIMESTAMP(3))` : at(d.end)})`).join(", ");

const queries: Array<[string, string]> = [
  ["status: cars inside", `SELECT (SELECT COUNT(*) FROM "ParkingSession" WHERE "openPlate" IS NOT NULL) AS "active" FROM "Setting" WHERE "id" = 1`],
  ["today's revenue", `SELECT SUM("cost") FROM "ParkingSession" WHERE "exitAt" >= ${at(today.start)} AND "exitAt" < ${at(today.end)} AND "status" = 'closed'`],
  ["recent entries (dashboard)", `SELECT ${cols} FROM "ParkingSession" ORDER BY "entryAt" DESC LIMIT 15`],
  ["recent exits (dashboard)", `SELECT ${cols} FROM "ParkingSession" WHERE "exitAt" IS NOT NULL ORDER BY "exitAt" DESC LIMIT 15`],
  ["cars inside (search filters these in memory)", `SELECT ${cols} FROM "ParkingSession" WHERE "openPlate" IS NOT NULL ORDER BY "entryAt" DESC`],
  ["history, first page", `SELECT ${cols} FROM "ParkingSession" ORDER BY "entryAt" DESC, "id" DESC LIMIT 51`],
  ["history, page a year deep", `SELECT ${cols} FROM "ParkingSession" WHERE ("entryAt", "id") < (${at(yearAgo)}, 500000) ORDER BY "entryAt" DESC, "id" DESC LIMIT 51`],
  ["history, whole plate", `SELECT ${cols} FROM "ParkingSession" WHERE "plate" = '12ب345-67' ORDER BY "entryAt" DESC, "id" DESC LIMIT 51`],
  ["history, plate fragment", `SELECT ${cols} FROM "ParkingSession" WHERE REPLACE("plate", '-', '') LIKE '%163%' ORDER BY "entryAt" DESC, "id" DESC LIMIT 51`],
  ["history, rare fragment (worst case)", `SELECT ${cols} FROM "ParkingSession" WHERE REPLACE("plate", '-', '') LIKE '%99ی999%' ORDER BY "entryAt" DESC, "id" DESC LIMIT 51`],
  ["report: longest closed stay", `SELECT MAX("durationMinutes") FROM "ParkingSession" WHERE "status" = 'closed'`],
  ["report: a month, a row per day", `WITH days(i, s, e) AS (VALUES ${values30})
    SELECT days.i,
      (SELECT ${concat('"entryAt"')} FROM "ParkingSession" WHERE "entryAt" >= days.s AND "entryAt" < days.e) AS "entries",
      (SELECT ${concat('"exitAt"')} FROM "ParkingSession" WHERE "exitAt" > days.s AND "exitAt" <= days.e) AS "departures",
      (SELECT CAST(COUNT(*) AS TEXT) || ',' || CAST(COALESCE(SUM("cost"), 0) AS TEXT) || ',' || CAST(COALESCE(SUM(COALESCE("durationMinutes", 0)), 0) AS TEXT)
        FROM "ParkingSession" WHERE "status" = 'closed' AND "exitAt" >= days.s AND "exitAt" < days.e) AS "paid",
      (SELECT COUNT(*) FROM "ParkingSession" WHERE "exitAt" IS NULL AND "entryAt" < ${at(from)})
      + (SELECT COUNT(*) FROM "ParkingSession" WHERE "status" = 'closed' AND "entryAt" >= ${at(new Date(from.getTime() - 6 * 86_400_000))} AND "entryAt" < ${at(from)} AND COALESCE("exitAt", "entryAt") > ${at(from)})
      + (SELECT COUNT(*) FROM "ParkingSession" WHERE "status" = 'archived' AND "exitAt" > ${at(from)} AND "entryAt" < ${at(from)}) AS "base"
    FROM days ORDER BY days.i`],
];

if (postgres) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // As lib/server/parking/reports.ts does for its statement (SET LOCAL): JIT compiling cost more than it saved.
  await client.query("SET jit = off");
  for (const [label, sql] of queries) {
    await client.query(sql);
    const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS OFF) ${sql}`);
    console.log(`-- ${label}\n${rows.map((r) => `   ${r["QUERY PLAN"]}`).join("\n")}`);
  }
  await client.end();
} else {
  const conn = new Database(url.replace(/^file:/, ""), { readonly: true });
  for (const [label, sql] of queries) {
    const plan = conn.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>;
    const statement = conn.prepare(sql);
    statement.all();
    const started = performance.now();
    for (let i = 0; i < 5; i++) statement.all();
    console.log(`-- ${label} (${((performance.now() - started) / 5).toFixed(2)} ms in SQLite)\n${plan.map((p) => `   ${p.detail}`).join("\n")}`);
  }
  conn.close();
}
