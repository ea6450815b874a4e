import { PlateBadge } from "@/components/plate/plate-badge";
import { TariffLinesTable } from "@/components/tariff/tariff-lines-table";
import { formatDateTime, formatDuration, formatNumber, formatToman } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { interpolate } from "@/lib/i18n/messages";
import type { Messages } from "@/lib/i18n/messages/messages-shape";
import type { Receipt } from "@/lib/parking/receipt";
import { ReceiptQr } from "./receipt-qr";

type Props = { receipt: Receipt; locale: Locale; t: Messages };

/** One slip of an 80 mm roll: black on white, no colour a thermal head cannot print. */
export function PrintedReceipt({ receipt, locale, t }: Props) {
  const { exit } = receipt;
  return (
    <article data-testid="printed-receipt" data-kind={receipt.kind} className="flex flex-col gap-2 text-[11pt] leading-snug text-black">
      <header className="flex flex-col items-center gap-0.5 border-b border-dashed border-black pb-2 text-center">
        <h1 data-testid="receipt-lot" className="text-[14pt] font-extrabold">{receipt.lotName}</h1>
        <p className="font-semibold">{receipt.kind === "exit" ? t.receipt.exitTitle : t.receipt.entryTitle}</p>
        <p className="text-[9pt]">{interpolate(t.receipt.stayNumber, { id: formatNumber(receipt.stayId, locale) })}</p>
      </header>
      <div className="flex justify-center py-1">
        <PlateBadge plate={receipt.plate} size="lg" />
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
        <dt>{t.receipt.entryAt}</dt>
        <dd data-testid="receipt-entry" className="text-end">{formatDateTime(receipt.entryAt, locale)}</dd>
        {exit && (
          <>
            <dt>{t.receipt.exitAt}</dt>
            <dd data-testid="receipt-exit" className="text-end">{formatDateTime(exit.exitAt, locale)}</dd>
            <dt>{t.receipt.duration}</dt>
            <dd className="text-end">{formatDuration(exit.durationMinutes, locale)}</dd>
          </>
        )}
      </dl>
      {exit && <ExitMoney exit={exit} locale={locale} t={t} />}
      <footer className="flex flex-col items-center gap-1 border-t border-dashed border-black pt-2 text-center text-[9pt]">
        <ReceiptQr url={receipt.verifyUrl} label={t.receipt.scanToVerify} />
        <p>{t.receipt.scanToVerify}</p>
        <p className="font-semibold">{receipt.kind === "exit" ? t.receipt.thanks : t.receipt.keepTicket}</p>
      </footer>
    </article>
  );
}

function ExitMoney({ exit, locale, t }: { exit: NonNullable<Receipt["exit"]>; locale: Locale; t: Messages }) {
  const linesTotal = exit.lines.reduce((sum, line) => sum + line.amount, 0);
  return (
    <>
      {exit.lines.length > 0 && <TariffLinesTable lines={exit.lines} total={linesTotal} testId="receipt-lines" />}
      <div className="flex items-baseline justify-between border-y-2 border-black py-1.5">
        <span className="font-semibold">{t.receipt.amount}</span>
        <output data-testid="receipt-amount" className="text-[15pt] font-extrabold">
          {exit.cost === 0 ? t.receipt.free : formatToman(exit.cost, locale)}
        </output>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
        <dt>{t.payment.method}</dt>
        <dd data-testid="receipt-payment" className="text-end">
          {exit.paymentMethod ? t.payment[exit.paymentMethod] : t.payment.none}
          {exit.exemptReason && <bdi> · {exit.exemptReason}</bdi>}
        </dd>
        {exit.waivedAmount ? (
          <>
            <dt>{t.payment.waived}</dt>
            <dd className="text-end">{formatToman(exit.waivedAmount, locale)}</dd>
          </>
        ) : null}
      </dl>
    </>
  );
}
