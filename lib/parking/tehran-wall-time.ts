import { parseJalaliDay } from "@/lib/audit/audit-filters";
import { jalaliDate } from "@/lib/i18n/jalali";
import { formatClock, parseClock, tehranMinuteOfDay } from "./tariff-plan";
import { toAsciiDigits } from "./plate-normalize";

const pad = (n: number) => String(n).padStart(2, "0");

/** The lot's Jalali day of an instant as typed in the forms: "1405/09/09". */
export function jalaliDayText(instant: Date): string {
  const { year, month, day } = jalaliDate(instant);
  return `${year}/${pad(month)}/${pad(day)}`;
}

/** The lot's wall-clock time of an instant: "08:30". */
export const tehranClockText = (instant: Date) => formatClock(tehranMinuteOfDay(instant));

/**
 * A Jalali day and a 24-hour time on the lot's clock (Persian or Latin digits) as an instant;
 * null when either cannot be read.
 */
export function parseTehranDateTime(dayText: string, timeText: string): Date | null {
  const day = parseJalaliDay(dayText);
  const minute = parseClock(toAsciiDigits(timeText.trim()).padStart(5, "0"));
  if (!day || minute === null) return null;
  const instant = new Date(day.start.getTime() + minute * 60_000);
  return instant < day.end ? instant : null;
}
