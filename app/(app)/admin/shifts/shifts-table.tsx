import { formatDateTime, formatNumber, formatToman } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { interpolate } from "@/lib/i18n/messages";
import type { Messages } from "@/lib/i18n/messages/messages-shape";
import type { ShiftSummary } from "@/lib/parking/shift-summary";

type ShiftsTableProps = { shifts: ShiftSummary[]; locale: Locale; t: Messages };


/** In words, as on the shift page: a sign alone reads ambiguously next to Persian text. */
function differenceText(amount: number, locale: Locale, t: Messages): string {
  if (amount === 0) return t.shift.balanced;
  return interpolate(amount > 0 ? t.shift.surplus : t.shift.shortage, { amount: formatToman(Math.abs(amount), locale) });
}

/** One row per shift: phones get a card per shift, wider screens a table. */
export function ShiftsTable({ shifts, locale, t }: ShiftsTableProps) {
  if (shifts.length === 0) return <p className="rounded-xl bg-white px-4 py-8 text-center text-slate-500 ring-1 ring-slate-200">{t.shifts.empty}</p>;
  const columns = (shift: ShiftSummary): Array<[string, string]> => [
    [t.shifts.openedAt, formatDateTime(shift.openedAt, locale)],
    [t.shifts.closedAt, shift.closedAt ? formatDateTime(shift.closedAt, locale) : t.shifts.stillOpen],
    [t.shift.exits, formatNumber(shift.exits, locale)],
    [t.shift.expectedCash, formatToman(shift.expectedCash, locale)],
    [t.shift.expectedCard, formatToman(shift.expectedCard, locale)],
    [t.shift.exemptExits, formatNumber(shift.exemptExits, locale)],
    [t.shift.waived, formatToman(shift.waivedAmount, locale)],
    [t.payment.pass, formatNumber(shift.passExits, locale)],
    [t.shift.countedCash, shift.countedCash === null ? "—" : formatToman(shift.countedCash, locale)],
    [t.shift.difference, shift.difference === null ? "—" : differenceText(shift.difference, locale, t)],
  ];
  const tone = (shift: ShiftSummary) => (shift.difference === null || shift.difference === 0 ? "" : shift.difference < 0 ? "text-rose-700 font-semibold" : "text-blue-800 font-semibold");
  return (
    <section data-testid="shifts-list" className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
      <ul className="divide-y divide-slate-100 md:hidden">
        {shifts.map((shift) => (
          <li key={shift.id} className="flex flex-col gap-2 p-3" data-testid="shift-row">
            <div className="flex justify-between font-semibold">
              <span>{shift.operatorName}</span>
              <span className="text-slate-500">#{formatNumber(shift.id, locale)}</span>
            </div>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              {columns(shift).map(([label, value], i) => (
                <div key={label} className="contents">
                  <dt className="text-slate-600">{label}</dt>
                  <dd className={`tabular-nums ${i === 9 ? tone(shift) : ""}`}>{value}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto md:block">
        <table className="w-full text-sm">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 text-start font-medium">{t.shifts.operator}</th>
              {columns(shifts[0]).map(([label]) => (
                <th key={label} scope="col" className="px-3 py-2 text-start font-medium">{label}</th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 tabular-nums">
            {shifts.map((shift) => (
              <tr key={shift.id} data-testid="shift-row">
                <th scope="row" className="px-3 py-2 text-start font-semibold">{shift.operatorName}</th>
                {columns(shift).map(([label, value], i) => (
                  <td key={label} className={`px-3 py-2 whitespace-nowrap ${i === 9 ? tone(shift) : ""}`}>{value}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
