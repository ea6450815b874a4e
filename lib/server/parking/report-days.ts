import "server-only";
import { MAX_READ_AGO_MS } from "@/lib/gate/late-reads";
import { hotSql } from "../db";
import { toDate } from "../sql/sql-dates";
import type { PeriodFigures } from "@/lib/parking/report-months";

/**
 * A day is settled once it ended longer ago than the oldest read a gate may still send (its offline
 * queue), plus a day: no entry or exit can be recorded into it any more, so its figures are kept.
 */
export const SETTLED_AFTER_MS = MAX_READ_AGO_MS + 24 * 3_600_000;

export type DayFigures = PeriodFigures;

type Row = Omit<DayFigures, "start" | "end"> & { dayStart: string | Date; dayEnd: string | Date };

/** Kept figures of the days starting from `first` to `last`, by day start. */
export async function readSettledDays(first: Date, last: Date): Promise<Map<number, DayFigures>> {
  const sql = await hotSql();
  const rows = await sql.read<Row>(
    `SELECT * FROM "ReportDay" WHERE "dayStart" >= $1 AND "dayStart" <= $2 ORDER BY "dayStart"`,
    [first, last],
  );
  return new Map(
    rows.map(({ dayStart, dayEnd, ...figures }) => {
      const start = toDate(dayStart);
      const numbers = Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Number(v)])) as Omit<DayFigures, "start" | "end">;
      return [start.getTime(), { ...numbers, start, end: toDate(dayEnd) }];
    }),
  );
}

/** Keeps the figures of the days among `days` that are settled; the others change still. */
export async function keepSettledDays(days: DayFigures[], now = Date.now()): Promise<void> {
  const settled = days.filter((day) => day.end.getTime() <= now - SETTLED_AFTER_MS);
  if (settled.length === 0) return;
  const sql = await hotSql();
  await sql.write(async (tx) => {
    for (const d of settled) {
      await tx.run(
        `INSERT INTO "ReportDay" ("dayStart", "dayEnd", "entries", "exits", "revenue", "stayedMinutes", "peakOccupancy")
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT ("dayStart") DO NOTHING`,
        [d.start, d.end, d.entries, d.exits, d.revenue, d.stayedMinutes, d.peakOccupancy],
      );
    }
  });
}

/**
 * For whatever rewrites stays in the past (a correction, an import): the kept figures of every day
 * from `from` on are dropped, since the cars inside then changed for all the days after it too.
 */
export async function forgetReportDays(from: Date): Promise<void> {
  const sql = await hotSql();
  await sql.write((tx) => tx.run(`DELETE FROM "ReportDay" WHERE "dayEnd" > $1`, [from]));
}
