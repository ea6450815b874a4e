"use client";

import { useI18n } from "@/components/i18n-provider";
import { PlateBadge } from "@/components/plate/plate-badge";
import { formatDateTime, formatDuration, formatNumber, formatToman } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/messages";
import type { PaymentMethod } from "@/lib/parking/payment";
import type { PassAtExit } from "@/lib/parking/pass-rules";
import { PassNotice } from "@/components/parking-session/pass-notice";
import { TariffLinesTable } from "@/components/tariff/tariff-lines-table";
import { PrintLink } from "@/components/receipt/print-link";
import type { TariffLine } from "@/lib/parking/tariff-plan";

export type ExitSummary = {
  /** The stay, for printing its receipt (absent: no print button). */
  sessionId?: number;
  plate: string; entryAt: Date; exitAt: Date; durationMinutes: number; cost: number;
  paymentMethod?: PaymentMethod | null; waivedAmount?: number | null; shiftId?: number | null;
  pass?: PassAtExit | null;
  /** The tariff's lines, adding up to the amount charged (a pass, exemption or correction has its own line). */
  lines?: TariffLine[];
};

/** What the operator reads out to the driver: the amount first and large, then the stay. */
export function ExitReceipt({ exit }: { exit: ExitSummary }) {
  const { locale, t } = useI18n();
  return (
    <section
      aria-label={t.exit.resultTitle}
      data-testid="exit-receipt"
      className="flex flex-col gap-3 rounded-xl border border-emerald-200 bg-emerald-50 p-4"
    >
      <div className="flex items-center justify-between gap-3">
        <h3 className="font-bold text-emerald-900">{t.exit.resultTitle}</h3>
        <PlateBadge plate={exit.plate} />
      </div>
      <div className="flex flex-col items-center gap-1 py-2">
        <span className="text-sm text-slate-600">{t.exit.cost}</span>
        <output data-testid="exit-cost" className="text-3xl font-extrabold text-slate-900 sm:text-4xl">
          {exit.cost === 0 ? t.exit.free : formatToman(exit.cost, locale)}
        </output>
        <PassNotice pass={exit.pass} />
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
        <dt className="text-slate-600">{t.exit.duration}</dt>
        <dd data-testid="exit-duration" className="font-semibold">
          {formatDuration(exit.durationMinutes, locale)}
        </dd>
        <dt className="text-slate-600">{t.exit.entryAt}</dt>
        <dd>{formatDateTime(exit.entryAt, locale)}</dd>
        <dt className="text-slate-600">{t.exit.exitAt}</dt>
        <dd>{formatDateTime(exit.exitAt, locale)}</dd>
        {exit.paymentMethod !== undefined && (
          <>
            <dt className="text-slate-600">{t.payment.method}</dt>
            <dd data-testid="exit-payment">{exit.paymentMethod ? t.payment[exit.paymentMethod] : t.payment.none}</dd>
          </>
        )}
        {exit.waivedAmount ? (
          <>
            <dt className="text-slate-600">{t.payment.waived}</dt>
            <dd>{formatToman(exit.waivedAmount, locale)}</dd>
          </>
        ) : null}
      </dl>
      {exit.lines && exit.lines.length > 0 && (
        <TariffLinesTable lines={exit.lines} total={exit.lines.reduce((sum, line) => sum + line.amount, 0)} testId="exit-lines" />
      )}
      {exit.shiftId !== undefined && (
        <p data-testid="exit-shift" className={`text-xs ${exit.shiftId === null ? "text-amber-800" : "text-slate-600"}`}>
          {exit.shiftId === null ? t.payment.noShift : interpolate(t.payment.inShift, { id: formatNumber(exit.shiftId, locale) })}
        </p>
      )}
      {exit.sessionId !== undefined && (
        <div className="flex justify-end">
          <PrintLink stayId={exit.sessionId} kind="exit" label={t.receipt.printReceipt} testId="print-receipt" />
        </div>
      )}
    </section>
  );
}
