import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { PlateBadge } from "@/components/plate/plate-badge";
import { formatDateTime, formatToman } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import type { VerifiedStay } from "@/lib/parking/receipt";
import { receiptGuessLimiter } from "@/lib/server/auth/limiters";
import { clientAddress } from "@/lib/server/http/client-address";
import { readLotName } from "@/lib/server/parking/lot-name";
import { findVerifiedStay } from "@/lib/server/receipts/receipts";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** The stay a receipt's code names, or 404; an address that keeps guessing gets 404 without a lookup. */
async function verify(code: string): Promise<VerifiedStay> {
  const address = clientAddress(await headers());
  if ((await receiptGuessLimiter.blockedFor(address)) > 0) notFound();
  const stay = await findVerifiedStay(code);
  if (!stay) {
    await receiptGuessLimiter.recordFailure(address);
    notFound();
  }
  return stay;
}

/**
 * Public (no sign-in: it lies outside the (app) group): what a receipt's QR opens. Only the stay's
 * plate, times and amount; never who recorded it, photos, gates or any other stay.
 */
export default async function VerifyReceiptPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const [stay, { locale, t }, lotName] = await Promise.all([verify(code), getI18n(), readLotName()]);
  const state = { inside: t.receipt.stateInside, paid: t.receipt.statePaid, not_charged: t.receipt.stateNotCharged }[stay.state];
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-md flex-col gap-4 px-4 py-8">
      <header className="text-center">
        <p className="text-sm text-slate-600">{t.receipt.verifyTitle}</p>
        <h1 className="text-2xl font-extrabold text-plate-blue">{lotName}</h1>
      </header>
      <section data-testid="verified-stay" data-plate={stay.plate} className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <div className="flex justify-center">
          <PlateBadge plate={stay.plate} size="lg" />
        </div>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5">
          <dt className="text-slate-600">{t.receipt.entryAt}</dt>
          <dd data-testid="verified-entry" className="text-end tabular-nums">{formatDateTime(stay.entryAt, locale)}</dd>
          {stay.exitAt && (
            <>
              <dt className="text-slate-600">{t.receipt.exitAt}</dt>
              <dd data-testid="verified-exit" className="text-end tabular-nums">{formatDateTime(stay.exitAt, locale)}</dd>
            </>
          )}
          {stay.amount !== null && (
            <>
              <dt className="text-slate-600">{t.receipt.amount}</dt>
              <dd data-testid="verified-amount" className="text-end text-lg font-bold tabular-nums">
                {stay.amount === 0 ? t.receipt.free : formatToman(stay.amount, locale)}
              </dd>
            </>
          )}
        </dl>
        <p data-testid="verified-state" className="rounded-lg bg-slate-100 px-3 py-2 text-center text-sm font-semibold">{state}</p>
      </section>
      <p className="text-center text-xs text-slate-500">{t.receipt.verifyIntro}</p>
    </main>
  );
}
