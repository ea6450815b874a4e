import "server-only";
import type { Actor } from "../actor";
import { db, dbProvider, hotSql } from "../db";
import type { SqlValue } from "../sql/sql-client";
import { AppError } from "../errors";
import { requireAdmin } from "../auth/admin";
import { keepSettledDays, readSettledDays, type DayFigures } from "./report-days";
import { occupancyByHour, peakDuring, type HourOccupancy } from "@/lib/parking/occupancy";
import { toDate } from "../sql/sql-dates";
import { isPaymentMethod, type PaymentMethod, type PaymentMethodRevenue } from "@/lib/parking/payment";

export type ReportDay = DayFigures & {
  /** Mean stay of the cars that left (and paid) that day; null when none left. */
  averageStayMinutes: number | null;
};

export type DailyReport = {
  days: ReportDay[];
  totals: { entries: number; exits: number; revenue: number; averageStayMinutes: number | null };
};

type DayRow = { i: number | bigint; entries: string | null; departures: string | null; paid: string; base: number | bigint | string };

/** A year and a month: a yearly report by Jalali month, at most ~400 day rows in one statement. */
export const MAX_REPORT_DAYS = 400;

const average = (sum: number, count: number) => (count === 0 ? null : Math.round(sum / count));

/**
 * One database aggregate per day: the instants as the database writes them, comma-separated.
 * Each database writes all of them in one format whose text order is time order.
 */
function times(list: string | null): string[] {
  if (!list) return [];
  const values = list.split(",");
  // Index scans return them in order already; sort only when a database did not.
  for (let i = 1; i < values.length; i++) if (values[i - 1] > values[i]) return values.sort();
  return values;
}

/**
 * One statement with a row per day, each filled by index range scans (docs/BENCHMARKS.md, "A
 * million stays"): entry and departure times as one string each, paid exits with their revenue
 * and minutes, and the cars inside when the range starts. A closed stay inside at that instant
 * entered at most its duration before it, so that count reads only the longest stay's worth of rows
 * (COALESCE keeps both databases on that entryAt range rather than scanning every later exit).
 */
async function readDays(days: Array<{ start: Date; end: Date }>): Promise<DayRow[]> {
  const postgres = dbProvider === "postgresql";
  const longestSql = `SELECT MAX("durationMinutes") AS "longest" FROM "ParkingSession" WHERE "status" = 'closed'`;
  const daysSql = (longest: number | bigint | string | null): [string, SqlValue[]] => {
    const params: SqlValue[] = [];
    const at = (value: Date) => {
      params.push(value);
      return postgres ? `CAST($${params.length} AS TIMESTAMP(3))` : `$${params.length}`;
    };
    // SQLite stores fixed-width ISO text; PostgreSQL's text form drops trailing zeros of the
    // fraction ("…:05.1"), which still sorts in time order.
    const concat = (column: string) => (postgres ? `string_agg(CAST(${column} AS TEXT), ',')` : `group_concat(${column})`);
    const from = days[0].start;
    const earliest = new Date(from.getTime() - (Number(longest ?? 0) + 1) * 60_000);
    const values = days.map((day, i) => `(${i}, ${at(day.start)}, ${at(day.end)})`).join(", ");
    const base = `(SELECT COUNT(*) FROM "ParkingSession" WHERE "exitAt" IS NULL AND "entryAt" < ${at(from)})
      + (SELECT COUNT(*) FROM "ParkingSession" WHERE "status" = 'closed' AND "entryAt" >= ${at(earliest)} AND "entryAt" < ${at(from)} AND COALESCE("exitAt", "entryAt") > ${at(from)})
      + (SELECT COUNT(*) FROM "ParkingSession" WHERE "status" IN ('archived', 'void') AND "exitAt" > ${at(from)} AND "entryAt" < ${at(from)})`;
    const sql = `WITH days(i, s, e) AS (VALUES ${values})
      SELECT days.i AS "i",
        (SELECT ${concat('"entryAt"')} FROM "ParkingSession" WHERE "entryAt" >= days.s AND "entryAt" < days.e) AS "entries",
        (SELECT ${concat('"exitAt"')} FROM "ParkingSession" WHERE "exitAt" > days.s AND "exitAt" <= days.e) AS "departures",
        (SELECT CAST(COUNT(*) AS TEXT) || ',' || CAST(COALESCE(SUM("cost"), 0) AS TEXT) || ',' || CAST(COALESCE(SUM(COALESCE("durationMinutes", 0)), 0) AS TEXT)
          FROM "ParkingSession" WHERE "status" = 'closed' AND "exitAt" >= days.s AND "exitAt" < days.e) AS "paid",
        ${base} AS "base"
      FROM days ORDER BY days.i`;
    return [sql, params];
  };
  if (!postgres) {
    // Straight to the driver: Prisma's raw-query machinery cost more than the SQL for these long strings.
    const sql = await hotSql();
    const [{ longest }] = await sql.read<{ longest: number | null }>(longestSql);
    return sql.read<DayRow>(...daysSql(longest));
  }
  // PostgreSQL's estimate for the 30 correlated range scans can pass jit_above_cost, and compiling
  // the plan then took longer (~60 ms) than running it; the report is never worth a JIT.
  return db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL jit = off");
    const [{ longest }] = await tx.$queryRawUnsafe<Array<{ longest: number | bigint | null }>>(longestSql);
    const [text, params] = daysSql(longest);
    return tx.$queryRawUnsafe<DayRow[]>(text, ...params);
  });
}

/** Figures of consecutive days, from the stays: one statement, then the peak swept per day. */
async function computeDays(days: Array<{ start: Date; end: Date }>): Promise<DayFigures[]> {
  const rows = await readDays(days);
  let inside = Number(rows[0]?.base ?? 0);
  return days.map((day, index): DayFigures => {
    const row = rows[index];
    const entries = times(row.entries);
    const [exits, revenue, stayedMinutes] = row.paid.split(",").map(Number);
    const { peak, atEnd } = peakDuring(inside, entries, times(row.departures));
    inside = atEnd;
    return { start: day.start, end: day.end, entries: entries.length, exits, revenue, stayedMinutes, peakOccupancy: peak };
  });
}

/**
 * Settled days come from the kept figures (./report-days.ts); the days from the first one not kept
 * on are computed from the stays, and those of them that are settled are kept for next time.
 */
async function dayFigures(days: Array<{ start: Date; end: Date }>): Promise<DayFigures[]> {
  const kept = await readSettledDays(days[0].start, days[days.length - 1].start);
  const firstMissing = days.findIndex((day) => !kept.has(day.start.getTime()));
  if (firstMissing === -1) return days.map((day) => kept.get(day.start.getTime())!);
  const computed = await computeDays(days.slice(firstMissing));
  await keepSettledDays(computed);
  return [...days.slice(0, firstMissing).map((day) => kept.get(day.start.getTime())!), ...computed];
}

function checkRange(days: unknown[]): void {
  if (days.length > 0 && days.length <= MAX_REPORT_DAYS) return;
  throw new AppError({
    kind: "bad_request",
    code: "invalid_range",
    messages: { fa: "بازهٔ گزارش معتبر نیست (از ۱ تا ۴۰۰ روز).", en: "The report range is not valid (1 to 400 days)." },
  });
}

/**
 * Per-day totals for consecutive lot-local days (a Jalali month or the last 30 days). Exits and
 * revenue count by exit day, like today's revenue on the dashboard; archived sessions (a reset)
 * free their space but are neither exits nor revenue.
 */
export async function getDailyReport(opts: { days: Array<{ start: Date; end: Date }>; actor: Actor }): Promise<DailyReport> {
  requireAdmin(opts.actor);
  const { days } = opts;
  checkRange(days);
  const figures = await dayFigures(days);
  const summaries = figures.map((day): ReportDay => ({ ...day, averageStayMinutes: average(day.stayedMinutes, day.exits) }));
  const exits = summaries.reduce((sum, d) => sum + d.exits, 0);
  return {
    days: summaries,
    totals: {
      entries: summaries.reduce((sum, d) => sum + d.entries, 0),
      exits,
      revenue: summaries.reduce((sum, d) => sum + d.revenue, 0),
      averageStayMinutes: average(figures.reduce((sum, d) => sum + d.stayedMinutes, 0), exits),
    },
  };
}

/**
 * Occupancy by hour of day over consecutive days (lib/parking/occupancy.ts). Settled days keep no
 * hourly figures, so this reads the range's entry and departure times again: the same one
 * index-bounded statement as the daily figures, rows in proportion to the stays in the range.
 */
export async function getOccupancyByHour(opts: { days: Array<{ start: Date; end: Date }>; actor: Actor }): Promise<HourOccupancy[]> {
  requireAdmin(opts.actor);
  checkRange(opts.days);
  const rows = await readDays(opts.days);
  const instants = (list: string | null) => times(list).map((value) => toDate(value).getTime());
  return occupancyByHour({
    days: opts.days,
    inside: Number(rows[0]?.base ?? 0),
    entries: rows.flatMap((row) => instants(row.entries)),
    departures: rows.flatMap((row) => instants(row.departures)),
    now: Date.now(),
  });
}

export type OperatorRevenue = { operator: string | null; exits: number; revenue: number };

/**
 * Paid exits and revenue by who registered the exit (a user's or token's name; null for stays
 * imported without one), most revenue first. One scan of the range on the exitAt index.
 */
export async function getRevenueByOperator(opts: { days: Array<{ start: Date; end: Date }>; actor: Actor }): Promise<OperatorRevenue[]> {
  requireAdmin(opts.actor);
  checkRange(opts.days);
  const sql = await hotSql();
  const rows = await sql.read<{ operator: string | null; exits: number | bigint | string; revenue: number | bigint | string }>(
    `SELECT "exitActor" AS "operator", COUNT(*) AS "exits", COALESCE(SUM("cost"), 0) AS "revenue" FROM "ParkingSession"
     WHERE "status" = 'closed' AND "exitAt" >= $1 AND "exitAt" < $2 GROUP BY "exitActor"`,
    [opts.days[0].start, opts.days[opts.days.length - 1].end],
  );
  return rows
    .map((row) => ({ operator: row.operator, exits: Number(row.exits), revenue: Number(row.revenue) }))
    .sort((a, b) => b.revenue - a.revenue || String(a.operator).localeCompare(String(b.operator)));
}

const METHOD_ORDER: Array<PaymentMethod | null> = ["cash", "card", "pass", "exempt", null];

/**
 * Exits, revenue and the amount waived by payment method, in a fixed order (cash, card, pass,
 * exempt, nothing to pay). Read from the index alone (status, exitAt, paymentMethod, cost,
 * waivedAmount): one range scan, like the per-operator split, and no settled days needed.
 */
export async function getRevenueByPaymentMethod(opts: { days: Array<{ start: Date; end: Date }>; actor: Actor }): Promise<PaymentMethodRevenue[]> {
  requireAdmin(opts.actor);
  checkRange(opts.days);
  const sql = await hotSql();
  const rows = await sql.read<{ method: string | null; exits: number | bigint | string; revenue: number | bigint | string; waived: number | bigint | string }>(
    `SELECT "paymentMethod" AS "method", COUNT(*) AS "exits", COALESCE(SUM("cost"), 0) AS "revenue", COALESCE(SUM("waivedAmount"), 0) AS "waived"
     FROM "ParkingSession" WHERE "status" = 'closed' AND "exitAt" >= $1 AND "exitAt" < $2 GROUP BY "paymentMethod"`,
    [opts.days[0].start, opts.days[opts.days.length - 1].end],
  );
  return rows
    .map((row) => ({ method: isPaymentMethod(row.method) ? row.method : null, exits: Number(row.exits), revenue: Number(row.revenue), waived: Number(row.waived) }))
    .sort((a, b) => METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method));
}
