"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useI18n } from "@/components/i18n-provider";
import { formatNumber, formatToman } from "@/lib/i18n/format";
import type { PaymentMethodRevenue } from "@/lib/parking/payment";

const COLOR = "#0f766e";

/** Revenue by payment method: a bar per method (right to left in Persian) and the table with exits and amounts waived. */
export function PaymentMethodSplit({ methods }: { methods: PaymentMethodRevenue[] }) {
  const { locale, t } = useI18n();
  const rtl = locale === "fa";
  const label = (method: PaymentMethodRevenue["method"]) => (method ? t.payment[method] : t.payment.unrecorded);
  const data = methods.map((row) => ({ name: label(row.method), revenue: row.revenue }));
  return (
    <section className="grid gap-3 rounded-xl bg-white p-3 shadow-sm ring-1 ring-slate-200 break-inside-avoid lg:grid-cols-2" data-testid="report-payment-methods">
      <h2 className="text-sm font-semibold lg:col-span-2">{t.payment.byMethod}</h2>
      {methods.length === 0 ? (
        <p className="text-sm text-slate-500">{t.common.none}</p>
      ) : (
        <>
          <div className="h-48 w-full print:hidden" dir="ltr" data-testid="chart-payment-methods">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={data}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="name" reversed={rtl} tick={{ fontSize: 11 }} interval={0} />
                <YAxis orientation={rtl ? "right" : "left"} tickFormatter={(v) => formatNumber(Number(v), locale)} tick={{ fontSize: 11 }} width={72} allowDecimals={false} />
                <Tooltip formatter={(v) => formatToman(Number(v), locale)} contentStyle={{ direction: rtl ? "rtl" : "ltr", fontFamily: "inherit", textAlign: "start" }} />
                <Bar dataKey="revenue" name={t.payment.revenue} fill={COLOR} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <table className="w-full self-start text-sm">
            <thead className="text-slate-600">
              <tr>
                <th scope="col" className="py-1 text-start font-medium">{t.payment.method}</th>
                <th scope="col" className="py-1 text-start font-medium">{t.payment.exits}</th>
                <th scope="col" className="py-1 text-start font-medium">{t.payment.revenue}</th>
                <th scope="col" className="py-1 text-start font-medium">{t.payment.waived}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 tabular-nums">
              {methods.map((row) => (
                <tr key={row.method ?? "none"} data-testid={`method-${row.method ?? "none"}`}>
                  <th scope="row" className="py-1 text-start font-normal">{label(row.method)}</th>
                  <td className="py-1">{formatNumber(row.exits, locale)}</td>
                  <td className="py-1">{formatToman(row.revenue, locale)}</td>
                  <td className="py-1">{row.waived ? formatToman(row.waived, locale) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
