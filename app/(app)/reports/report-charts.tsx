"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ReactElement } from "react";
import { useI18n } from "@/components/i18n-provider";
import { formatNumber } from "@/lib/i18n/format";
import type { HourOccupancy } from "@/lib/parking/occupancy";

export type ChartDay = { tick: string; label: string; revenue: number; entries: number; exits: number };

type ReportChartsProps = { days: ChartDay[]; hours: HourOccupancy[] };

const COLORS = { revenue: "#1d4ed8", entries: "#059669", exits: "#d97706", average: "#1d4ed8", peak: "#94a3b8" };

/** Bar charts of the server's figures; in Persian the time axis runs right to left and values sit on the right. */
export function ReportCharts({ days, hours }: ReportChartsProps) {
  const { locale, t } = useI18n();
  const rtl = locale === "fa";
  const number = (value: unknown) => formatNumber(Number(value), locale);
  const xAxis = (key: string) => <XAxis dataKey={key} reversed={rtl} tick={{ fontSize: 11 }} interval="preserveStartEnd" />;
  const yAxis = (width: number) => <YAxis orientation={rtl ? "right" : "left"} tickFormatter={number} tick={{ fontSize: 11 }} width={width} allowDecimals={false} />;
  const tooltip = (
    <Tooltip
      formatter={(value) => number(value)}
      labelFormatter={(label, payload) => (payload?.[0]?.payload as { label?: string } | undefined)?.label ?? String(label)}
      contentStyle={{ direction: rtl ? "rtl" : "ltr", fontFamily: "inherit", textAlign: "start" }}
    />
  );
  const legend = <Legend wrapperStyle={{ direction: rtl ? "rtl" : "ltr", fontSize: 12 }} />;
  const hourData = hours.map((h) => ({ ...h, tick: number(h.hour), label: `${t.reports.hour} ${number(h.hour)}` }));

  return (
    <div className="grid gap-3 lg:grid-cols-2 print:grid-cols-1">
      <Chart title={t.reports.revenuePerDay} testId="chart-revenue">
        <BarChart data={days}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          {xAxis("tick")}
          {yAxis(72)}
          {tooltip}
          <Bar dataKey="revenue" name={t.reports.revenue} fill={COLORS.revenue} isAnimationActive={false} />
        </BarChart>
      </Chart>
      <Chart title={t.reports.entriesExits} testId="chart-traffic">
        <BarChart data={days}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          {xAxis("tick")}
          {yAxis(40)}
          {tooltip}
          {legend}
          <Bar dataKey="entries" name={t.reports.entries} fill={COLORS.entries} isAnimationActive={false} />
          <Bar dataKey="exits" name={t.reports.exits} fill={COLORS.exits} isAnimationActive={false} />
        </BarChart>
      </Chart>
      <Chart title={t.reports.occupancyByHour} note={t.reports.occupancyByHourNote} testId="chart-hours">
        <BarChart data={hourData}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          {xAxis("tick")}
          {yAxis(40)}
          {tooltip}
          {legend}
          <Bar dataKey="average" name={t.reports.averageInside} fill={COLORS.average} isAnimationActive={false} />
          <Bar dataKey="peak" name={t.reports.peak} fill={COLORS.peak} isAnimationActive={false} />
        </BarChart>
      </Chart>
    </div>
  );
}

function Chart({ title, note, testId, children }: { title: string; note?: string; testId: string; children: ReactElement }) {
  return (
    <figure data-testid={testId} className="flex break-inside-avoid flex-col gap-2 rounded-xl bg-white p-3 shadow-sm ring-1 ring-slate-200">
      <figcaption className="text-sm font-semibold">{title}</figcaption>
      {/* Printing lays the page out narrower without resizing the charts: their SVGs scale down instead. */}
      <div className="h-56 w-full print:h-auto print:[&_.recharts-wrapper]:!h-auto print:[&_.recharts-wrapper]:!w-full print:[&_svg.recharts-surface]:h-auto print:[&_svg.recharts-surface]:max-w-full" dir="ltr">
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
      {note && <p className="text-xs text-slate-500">{note}</p>}
    </figure>
  );
}
