import type { Metadata } from "next";
import { buttonClass } from "@/components/ui/button";
import { formatDayLabel, formatDigits, formatDuration, formatJalaliMonthOf, formatNumber, formatToman } from "@/lib/i18n/format";
import { jalaliDate, jalaliMonthDays } from "@/lib/i18n/jalali";
import { getI18n } from "@/lib/i18n/server";
import { requirePageRole } from "@/lib/server/auth/require";
import { getDailyReport, getOccupancyByHour, getRevenueByOperator, getRevenueByPaymentMethod } from "@/lib/server/parking/reports";
import { PaymentMethodSplit } from "./payment-method-split";
import { OperatorTable } from "./operator-table";
import { ReportCharts, type ChartDay } from "./report-charts";
import { RangePicker } from "./range-picker";
import { LAST_30_DAYS, monthKey, recentMonths, resolveReportRange } from "@/lib/parking/report-range";
import { ReportTable } from "./report-table";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.reports.title };
}

export default async function ReportsPage({ searchParams }: { searchParams: Promise<{ range?: string }> }) {
  const actor = await requirePageRole("admin");
  const { locale, t } = await getI18n();
  const range = resolveReportRange((await searchParams).range);
  const query = { days: range.days, actor };
  const [report, hours, operators, methods] = await Promise.all([
    getDailyReport(query), getOccupancyByHour(query), getRevenueByOperator(query), getRevenueByPaymentMethod(query),
  ]);
  const chartDays = report.days.map((day): ChartDay => {
    const midday = new Date((day.start.getTime() + day.end.getTime()) / 2);
    return { tick: formatDigits(String(jalaliDate(midday).day), locale), label: formatDayLabel(day.start, locale), revenue: day.revenue, entries: day.entries, exits: day.exits };
  });
  const options = [
    { value: LAST_30_DAYS, label: t.reports.last30 },
    ...recentMonths().map((month) => ({
      value: monthKey(month),
      label: formatJalaliMonthOf(jalaliMonthDays(month)[0].end, locale),
    })),
  ];

  const { totals } = report;
  const summary = [
    [t.reports.entries, formatNumber(totals.entries, locale)],
    [t.reports.exits, formatNumber(totals.exits, locale)],
    [t.reports.revenue, formatToman(totals.revenue, locale)],
    [t.reports.averageStay, totals.averageStayMinutes === null ? t.common.none : formatDuration(totals.averageStayMinutes, locale)],
  ];

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t.reports.title}</h1>
      <div className="flex flex-wrap items-end justify-between gap-3 print:hidden">
        <RangePicker value={range.key} options={options} />
        <a href={`/api/app/reports?range=${encodeURIComponent(range.key)}`} download className={buttonClass("secondary")}>
          {t.reports.download}
        </a>
      </div>
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {summary.map(([label, value]) => (
          <div key={label} className="flex flex-col gap-1 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="text-xl font-bold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <ReportCharts days={chartDays} hours={hours} />
      <PaymentMethodSplit methods={methods} />
      <OperatorTable operators={operators} locale={locale} t={t} />
      {report.days.some((day) => day.entries + day.exits === 0) && <p className="text-xs text-slate-500 md:hidden">{t.reports.emptyDaysHidden}</p>}
      <section aria-label={t.reports.title} className="rounded-xl bg-white p-3 shadow-sm ring-1 ring-slate-200 md:p-0">
        <ReportTable report={report} locale={locale} t={t} />
      </section>
      <p className="text-xs text-slate-500">{t.reports.note}</p>
    </div>
  );
}
