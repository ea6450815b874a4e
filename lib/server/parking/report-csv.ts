import "server-only";
import { TIME_ZONE } from "@/lib/i18n/format";
import { jalaliDate } from "@/lib/i18n/jalali";
import type { Messages } from "@/lib/i18n/messages/messages-shape";
import type { DailyReport } from "./reports";
import { dateTimeFormat } from "@/lib/i18n/date-time-format";

/** Excel reads a CSV as UTF-8 (and shows Persian) only when it starts with a byte-order mark. */
const BOM = "\uFEFF";

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The report as CSV: localized headers, Latin digits and plain numbers so spreadsheets can sum them. */
export function reportCsv(report: DailyReport, t: Messages): string {
  const header = [t.reports.dateJalali, t.reports.dateGregorian, t.reports.entries, t.reports.exits, t.reports.revenueToman, t.reports.averageStayMinutes, t.reports.peak];
  const rows = report.days.map((day) => {
    const noon = new Date((day.start.getTime() + day.end.getTime()) / 2);
    const j = jalaliDate(noon);
    const gregorian = dateTimeFormat("en-CA", { timeZone: TIME_ZONE }).format(noon);
    return [`${j.year}/${pad(j.month)}/${pad(j.day)}`, gregorian, day.entries, day.exits, day.revenue, day.averageStayMinutes ?? "", day.peakOccupancy];
  });
  const { totals } = report;
  rows.push([t.reports.total, "", totals.entries, totals.exits, totals.revenue, totals.averageStayMinutes ?? "", ""]);
  return BOM + [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
