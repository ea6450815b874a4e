import { jalaliDate, jalaliMonthDays, lastDays, previousJalaliMonth, type DayRange, type JalaliMonth } from "@/lib/i18n/jalali";
import { localDayRange } from "@/lib/parking/day-range";

export const LAST_30_DAYS = "last30";

export type ReportRange = { key: string; days: DayRange[] };

export function monthKey({ year, month }: JalaliMonth): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

function parseMonthKey(key: string): JalaliMonth | null {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  if (!match) return null;
  const month = { year: Number(match[1]), month: Number(match[2]) };
  return month.month >= 1 && month.month <= 12 && month.year >= 1300 && month.year <= 1500 ? month : null;
}

/** `?range=1405-09` (a Jalali month) or anything else: the last 30 days. Days not yet begun are left out. */
export function resolveReportRange(key: string | null | undefined, now = new Date()): ReportRange {
  const month = key ? parseMonthKey(key) : null;
  if (!month || !key) return { key: LAST_30_DAYS, days: lastDays(30, now) };
  const days = jalaliMonthDays(month).filter((day) => day.start <= now);
  return days.length > 0 ? { key, days } : { key: LAST_30_DAYS, days: lastDays(30, now) };
}

/** The current Jalali month and the eleven before it, newest first. */
export function recentMonths(now = new Date(), count = 12): JalaliMonth[] {
  const { year, month } = jalaliDate(now);
  const months: JalaliMonth[] = [{ year, month }];
  while (months.length < count) months.push(previousJalaliMonth(months[months.length - 1]));
  return months;
}

/**
 * The lot-local days from the day `from` to the day `to` (ISO dates, both included), or null when
 * `to` is before `from` or the range holds more than `maxDays` days (checked before any is built).
 */
export function daysBetween(from: string, to: string, maxDays: number): DayRange[] | null {
  const count = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  if (!(count >= 1 && count <= maxDays)) return null;
  const days = [localDayRange(new Date(`${from}T12:00:00Z`))];
  while (days.length < count) days.push(localDayRange(new Date(days[days.length - 1].end.getTime() + 43_200_000)));
  return days;
}
