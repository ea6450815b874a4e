import { formatNumber, formatToman } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages/messages-shape";
import type { OperatorRevenue } from "@/lib/server/parking/reports";

type OperatorTableProps = { operators: OperatorRevenue[]; locale: Locale; t: Messages };

/** Paid exits and revenue by who registered the exit, most revenue first. */
export function OperatorTable({ operators, locale, t }: OperatorTableProps) {
  return (
    <section className="flex break-inside-avoid flex-col gap-2 rounded-xl bg-white p-3 shadow-sm ring-1 ring-slate-200" data-testid="report-operators">
      <h2 className="text-sm font-semibold">{t.reports.byOperator}</h2>
      {operators.length === 0 ? (
        <p className="text-sm text-slate-500">{t.common.none}</p>
      ) : (
        <table className="w-full text-sm">
          <thead className="text-slate-600">
            <tr>
              <th scope="col" className="py-1 text-start font-medium">{t.reports.operator}</th>
              <th scope="col" className="py-1 text-start font-medium">{t.reports.exits}</th>
              <th scope="col" className="py-1 text-start font-medium">{t.reports.revenue}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 tabular-nums">
            {operators.map((row) => (
              <tr key={row.operator ?? ""}>
                <th scope="row" className="py-1 text-start font-normal">{row.operator ?? t.reports.unknownOperator}</th>
                <td className="py-1">{formatNumber(row.exits, locale)}</td>
                <td className="py-1">{formatToman(row.revenue, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
