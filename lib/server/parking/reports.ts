import "server-only";
import type { Actor } from "../actor";
import { db } from "../db";
import { AppError } from "../errors";
import { requireAdmin } from "../auth/admin";

export type ReportDay = {
  start: Date;
  end: Date;
  entries: number;
  exits: number;
  revenue: number;
  /** Mean stay of the cars that left (and paid) that day; null when none left. */
  averageStayMinutes: number | null;
  /** Most cars inside at any moment of the day. */
  peakOccupancy: number;
};

export type DailyReport = {
  days: ReportDay[];
  totals: { entries: number; exits: number; revenue: number; averageStayMinutes: number | null };
};

type Row = { entryAt: Date; exitAt: Date | null; status: string; cost: number | null; durationMinutes: number | null };

const MAX_DAYS = 62;

const average = (values: number[]) =>
  values.length === 0 ? null : Math.round(values.reduce((sum, v) => sum + v, 0) / values.length);

function peakDuring(rows: Row[], start: Date, end: Date): number {
  const from = start.getTime();
  const to = end.getTime();
  let inside = rows.filter((r) => r.entryAt.getTime() < from && (r.exitAt === null || r.exitAt.getTime() > from)).length;
  const events: Array<[number, 1 | -1]> = [];
  for (const r of rows) {
    const entered = r.entryAt.getTime();
    if (entered >= from && entered < to) events.push([entered, 1]);
    const left = r.exitAt?.getTime();
    if (left !== undefined && left > from && left < to) events.push([left, -1]);
  }
  // At the same instant a departure is counted before an arrival, as the space is free again.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let peak = inside;
  for (const [, step] of events) peak = Math.max(peak, (inside += step));
  return peak;
}

function summariseDay(rows: Row[], start: Date, end: Date): ReportDay {
  const within = (at: Date | null) => at !== null && at >= start && at < end;
  const paid = rows.filter((r) => r.status === "closed" && within(r.exitAt));
  return {
    start,
    end,
    entries: rows.filter((r) => within(r.entryAt)).length,
    exits: paid.length,
    revenue: paid.reduce((sum, r) => sum + (r.cost ?? 0), 0),
    averageStayMinutes: average(paid.map((r) => r.durationMinutes ?? 0)),
    peakOccupancy: peakDuring(rows, start, end),
  };
}

/**
 * Per-day totals for consecutive lot-local days (a Jalali month or the last 30 days). Exits and
 * revenue count by exit day, like today's revenue on the dashboard; archived sessions (a reset)
 * free their space but are neither exits nor revenue.
 */
export async function getDailyReport(opts: { days: Array<{ start: Date; end: Date }>; actor: Actor }): Promise<DailyReport> {
  requireAdmin(opts.actor);
  const { days } = opts;
  if (days.length === 0 || days.length > MAX_DAYS) {
    throw new AppError({
      kind: "bad_request",
      code: "invalid_range",
      messages: { fa: "بازهٔ گزارش معتبر نیست.", en: "The report range is not valid." },
    });
  }
  const from = days[0].start;
  const to = days[days.length - 1].end;
  const rows = await db.parkingSession.findMany({
    where: { entryAt: { lt: to }, OR: [{ exitAt: null }, { exitAt: { gt: from } }] },
    select: { entryAt: true, exitAt: true, status: true, cost: true, durationMinutes: true },
  });
  const summaries = days.map((day) => summariseDay(rows, day.start, day.end));
  const paidStays = rows.filter((r) => r.status === "closed" && r.exitAt && r.exitAt >= from && r.exitAt < to);
  return {
    days: summaries,
    totals: {
      entries: summaries.reduce((sum, d) => sum + d.entries, 0),
      exits: summaries.reduce((sum, d) => sum + d.exits, 0),
      revenue: summaries.reduce((sum, d) => sum + d.revenue, 0),
      averageStayMinutes: average(paidStays.map((r) => r.durationMinutes ?? 0)),
    },
  };
}
