import "server-only";
import { TIME_ZONE } from "@/lib/i18n/format";
import { dateTimeFormat } from "@/lib/i18n/date-time-format";
import { jalaliDate } from "@/lib/i18n/jalali";
import type { HourOccupancy } from "@/lib/parking/occupancy";
import { groupByJalaliMonth, type PeriodFigures } from "@/lib/parking/report-months";
import type { PaymentMethodRevenue } from "@/lib/parking/payment";
import type { DailyReport, OperatorRevenue } from "./reports";

type Figures = { entries: number; exits: number; revenue: number; average_stay_minutes: number | null };

/** Dates are the lot's (Asia/Tehran) days, Gregorian ISO; `jalali` labels the same period. */
export type ReportJson = {
  from: string;
  to: string;
  group: "day" | "month";
  rows: Array<Figures & { from: string; to: string; jalali: string; peak_occupancy: number }>;
  totals: Figures;
  occupancy_by_hour: HourOccupancy[];
  /** Paid exits and revenue by who registered the exit (null: not recorded), most revenue first. */
  by_operator: OperatorRevenue[];
  /** Exits, revenue and amount waived by payment method (null: nothing paid or not recorded), fixed order. */
  by_payment_method: PaymentMethodRevenue[];
};

const HALF_DAY_MS = 43_200_000;
const pad = (n: number) => String(n).padStart(2, "0");
const midday = (period: { start: Date; end: Date }) => new Date((period.start.getTime() + period.end.getTime()) / 2);
const isoDay = (instant: Date) => dateTimeFormat("en-CA", { timeZone: TIME_ZONE }).format(instant);
const average = (sum: number, count: number) => (count === 0 ? null : Math.round(sum / count));

function row(period: PeriodFigures, jalali: string): ReportJson["rows"][number] {
  return {
    from: isoDay(new Date(period.start.getTime() + HALF_DAY_MS)),
    to: isoDay(new Date(period.end.getTime() - HALF_DAY_MS)),
    jalali,
    entries: period.entries,
    exits: period.exits,
    revenue: period.revenue,
    average_stay_minutes: average(period.stayedMinutes, period.exits),
    peak_occupancy: period.peakOccupancy,
  };
}

/** The report as GET /api/reports answers it: a row per day or per Jalali month (cut by the range). */
export function reportJson(report: DailyReport, group: "day" | "month", hours: HourOccupancy[], operators: OperatorRevenue[], methods: PaymentMethodRevenue[] = []): ReportJson {
  const rows =
    group === "day"
      ? report.days.map((day) => {
          const j = jalaliDate(midday(day));
          return row(day, `${j.year}/${pad(j.month)}/${pad(j.day)}`);
        })
      : groupByJalaliMonth(report.days).map((month) => row(month, `${month.month.year}/${pad(month.month.month)}`));
  const { totals } = report;
  return {
    from: rows[0].from,
    to: rows[rows.length - 1].to,
    group,
    rows,
    totals: { entries: totals.entries, exits: totals.exits, revenue: totals.revenue, average_stay_minutes: totals.averageStayMinutes },
    occupancy_by_hour: hours,
    by_operator: operators,
    by_payment_method: methods,
  };
}
