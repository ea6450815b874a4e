import { localDayRange } from "@/lib/parking/day-range";
import { TIME_ZONE } from "./format";
import { dateTimeFormat } from "./date-time-format";

export type JalaliMonth = { year: number; month: number };
export type DayRange = { start: Date; end: Date };

const DAY_MS = 86_400_000;

/** The Jalali (Solar Hijri) year, month and day the lot's wall clock shows at `instant`. */
export function jalaliDate(instant: Date, timeZone = TIME_ZONE): JalaliMonth & { day: number } {
  const parts = dateTimeFormat("en-US-u-ca-persian", {
    timeZone, year: "numeric", month: "numeric", day: "numeric",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day") };
}

const sameMonth = (a: JalaliMonth, b: JalaliMonth) => a.year === b.year && a.month === b.month;

/** Midday UTC of some day in the first week of the month: months 1–6 have 31 days, 7–11 have 30. */
function roughMonthStart({ year, month }: JalaliMonth): number {
  const nowruz = Date.UTC(year + 621, 2, 21, 12);
  const days = month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30;
  return nowruz + days * DAY_MS;
}

function firstDayOf(target: JalaliMonth, timeZone: string): Date {
  let day = roughMonthStart(target) - 5 * DAY_MS;
  while (!sameMonth(jalaliDate(new Date(day), timeZone), target)) day += DAY_MS;
  return new Date(day);
}

export function nextJalaliMonth({ year, month }: JalaliMonth): JalaliMonth {
  return month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
}

export function previousJalaliMonth({ year, month }: JalaliMonth): JalaliMonth {
  return month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
}

/** The lot-local days of a Jalali month, each [start, end) as UTC instants. */
export function jalaliMonthDays(target: JalaliMonth, timeZone = TIME_ZONE): DayRange[] {
  const days: DayRange[] = [];
  let range = localDayRange(firstDayOf(target, timeZone), timeZone);
  while (sameMonth(jalaliDate(new Date(range.start.getTime() + DAY_MS / 2), timeZone), target)) {
    days.push(range);
    range = localDayRange(new Date(range.end.getTime() + DAY_MS / 2), timeZone);
  }
  return days;
}

/** The last `count` lot-local days, ending with the one that contains `now`, oldest first. */
export function lastDays(count: number, now: Date, timeZone = TIME_ZONE): DayRange[] {
  const days = [localDayRange(now, timeZone)];
  while (days.length < count) days.unshift(localDayRange(new Date(days[0].start.getTime() - DAY_MS / 2), timeZone));
  return days;
}
