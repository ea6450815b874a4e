"use client";

import { useI18n } from "@/components/i18n-provider";
import { formatNumber, formatToman } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/messages";
import type { ShiftSummary } from "@/lib/parking/shift-summary";

/** A shift's expected amounts per method and, once closed, the count and the difference. */
export function ShiftFigures({ shift }: { shift: ShiftSummary }) {
  const { locale, t } = useI18n();
  const rows: Array<[string, string, string]> = [
    ["exits", t.shift.exits, formatNumber(shift.exits, locale)],
    ["expected-cash", t.shift.expectedCash, formatToman(shift.expectedCash, locale)],
    ["expected-card", t.shift.expectedCard, formatToman(shift.expectedCard, locale)],
    ["pass-exits", t.shift.passExits, formatNumber(shift.passExits, locale)],
    ["exempt-exits", t.shift.exemptExits, formatNumber(shift.exemptExits, locale)],
    ["waived", t.shift.waived, formatToman(shift.waivedAmount, locale)],
  ];
  if (shift.countedCash !== null) rows.push(["counted-cash", t.shift.countedCash, formatToman(shift.countedCash, locale)]);
  return (
    <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-2 text-sm">
      {rows.map(([id, label, value]) => (
        <div key={id} className="contents">
          <dt className="text-slate-600">{label}</dt>
          <dd data-testid={`shift-${id}`} className="text-end font-semibold tabular-nums">{value}</dd>
        </div>
      ))}
      {shift.difference !== null && <Difference amount={shift.difference} />}
    </dl>
  );
}

function Difference({ amount }: { amount: number }) {
  const { locale, t } = useI18n();
  const text = amount === 0 ? t.shift.balanced : interpolate(amount > 0 ? t.shift.surplus : t.shift.shortage, { amount: formatToman(Math.abs(amount), locale) });
  const tone = amount === 0 ? "text-emerald-700" : amount > 0 ? "text-blue-800" : "text-rose-700";
  return (
    <div className="contents">
      <dt className="border-t border-slate-200 pt-2 font-semibold">{t.shift.difference}</dt>
      <dd data-testid="shift-difference" className={`border-t border-slate-200 pt-2 text-end text-lg font-extrabold tabular-nums ${tone}`}>{text}</dd>
    </div>
  );
}
