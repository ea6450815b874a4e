import { formatDayLabel, formatDuration, formatNumber, formatToman } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages/messages-shape";
import type { DailyReport } from "@/lib/server/parking/reports";

type ReportTableProps = { report: DailyReport; locale: Locale; t: Messages };

/** Newest day first; on phones each day with cars stacks into a small card. */
export function ReportTable({ report, locale, t }: ReportTableProps) {
  const stay = (minutes: number | null) => (minutes === null ? t.common.none : formatDuration(minutes, locale));
  const headers = [t.reports.day, t.reports.entries, t.reports.exits, t.reports.revenue, t.reports.averageStay, t.reports.peak];
  const cell = "flex justify-between gap-3 md:table-cell md:px-4 md:py-2 before:text-slate-500 before:content-[attr(data-label)] md:before:content-none tabular-nums";
  const totals = report.totals;

  return (
    <table className="w-full text-sm" data-testid="report-table">
      <thead className="hidden bg-slate-50 text-slate-600 md:table-header-group">
        <tr>
          {headers.map((label) => (
            <th key={label} scope="col" className="px-4 py-2 text-start font-medium">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="flex flex-col gap-2 md:table-row-group md:divide-y md:divide-slate-100">
        {[...report.days].reverse().map((day) => (
          <tr
            key={day.start.toISOString()}
            // Days without cars would fill a phone screen with zero cards: hidden below md.
            className={`flex-col gap-1 rounded-lg bg-white p-3 ring-1 ring-slate-200 md:table-row md:p-0 md:ring-0 ${day.entries + day.exits === 0 ? "hidden text-slate-400" : "flex"}`}
          >
            <th scope="row" className="text-start font-semibold md:px-4 md:py-2">
              {formatDayLabel(day.start, locale)}
            </th>
            <td data-label={headers[1]} className={cell}>{formatNumber(day.entries, locale)}</td>
            <td data-label={headers[2]} className={cell}>{formatNumber(day.exits, locale)}</td>
            <td data-label={headers[3]} className={cell}>{formatToman(day.revenue, locale)}</td>
            <td data-label={headers[4]} className={cell}>{stay(day.averageStayMinutes)}</td>
            <td data-label={headers[5]} className={cell}>{formatNumber(day.peakOccupancy, locale)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot className="flex flex-col md:table-footer-group">
        <tr data-testid="report-totals" className="flex flex-col gap-1 rounded-lg bg-slate-50 p-3 font-semibold md:table-row md:p-0">
          <th scope="row" className="text-start md:px-4 md:py-2">{t.reports.total}</th>
          <td data-label={headers[1]} className={cell}>{formatNumber(totals.entries, locale)}</td>
          <td data-label={headers[2]} className={cell}>{formatNumber(totals.exits, locale)}</td>
          <td data-label={headers[3]} className={cell} data-testid="report-total-revenue">{formatToman(totals.revenue, locale)}</td>
          <td data-label={headers[4]} className={cell}>{stay(totals.averageStayMinutes)}</td>
          <td className="hidden md:table-cell" />
        </tr>
      </tfoot>
    </table>
  );
}
