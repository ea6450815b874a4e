import { jalaliDate, type JalaliMonth } from "@/lib/i18n/jalali";

/** A period's figures as a report adds them up; averages come from these sums. */
export type PeriodFigures = {
  start: Date;
  end: Date;
  entries: number;
  exits: number;
  revenue: number;
  stayedMinutes: number;
  peakOccupancy: number;
};

export type MonthFigures = PeriodFigures & { month: JalaliMonth; days: number };

/**
 * Consecutive lot-local days summed by the Jalali month that each day's midday falls in (the day
 * boundaries are already Asia/Tehran's, see lib/parking/day-range.ts). A month cut by the range
 * holds only the days inside it; its peak is the largest day peak.
 */
export function groupByJalaliMonth(days: PeriodFigures[]): MonthFigures[] {
  const months: MonthFigures[] = [];
  for (const day of days) {
    const month = jalaliDate(new Date((day.start.getTime() + day.end.getTime()) / 2));
    const last = months.at(-1);
    if (last && last.month.year === month.year && last.month.month === month.month) {
      last.end = day.end;
      last.entries += day.entries;
      last.exits += day.exits;
      last.revenue += day.revenue;
      last.stayedMinutes += day.stayedMinutes;
      last.peakOccupancy = Math.max(last.peakOccupancy, day.peakOccupancy);
      last.days++;
    } else {
      months.push({ ...day, month: { year: month.year, month: month.month }, days: 1 });
    }
  }
  return months;
}
