"use client";

import { useI18n } from "@/components/i18n-provider";
import { formatToman } from "@/lib/i18n/format";
import { tariffLineLabel } from "@/lib/parking/tariff-lines";
import type { TariffLine } from "@/lib/parking/tariff-plan";

/** A stay's bill, line by line, and its total: the exit receipt and the admin's calculator. */
export function TariffLinesTable({ lines, total, testId = "tariff-lines" }: { lines: TariffLine[]; total: number; testId?: string }) {
  const { locale, t } = useI18n();
  return (
    <table data-testid={testId} className="w-full text-sm">
      <caption className="mb-1 text-start text-xs font-semibold text-slate-600">{t.tariffs.lines}</caption>
      <tbody>
        {lines.map((line) => (
          <tr key={line.code} data-line={line.code} className="border-t border-slate-200">
            <th scope="row" className="py-1 text-start font-normal text-slate-700">{tariffLineLabel(line)[locale]}</th>
            <td className="py-1 text-end tabular-nums whitespace-nowrap">{formatToman(line.amount, locale)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="border-t-2 border-slate-300 font-bold">
          <th scope="row" className="py-1 text-start">{t.tariffs.total}</th>
          <td className="py-1 text-end tabular-nums whitespace-nowrap">{formatToman(total, locale)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
