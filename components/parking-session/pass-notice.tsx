"use client";

import { useI18n } from "@/components/i18n-provider";
import { formatDigits, formatNumber } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/messages";
import { expiresSoon, jalaliOfDay, type PassAtExit } from "@/lib/parking/pass-rules";

/**
 * What an exit says about the plate's pass, at the gate and in the exit dialog: the holder (the
 * stay was free), "expires in N days" when a week or less is left, or that the pass expired and
 * the stay was charged.
 */
export function PassNotice({ pass, size = "base" }: { pass: PassAtExit | null | undefined; size?: "base" | "lg" }) {
  const { locale, t } = useI18n();
  if (!pass) return null;
  const text = size === "lg" ? "text-lg" : "text-sm";
  if (pass.status === "expired") {
    const date = formatDigits(jalaliOfDay(pass.validTo), locale);
    return (
      <p data-testid="pass-expired" className={`rounded-lg bg-amber-100 px-3 py-2 font-semibold text-amber-950 ${text}`}>
        {interpolate(t.passes.expiredOn, { date })}
      </p>
    );
  }
  const soon = expiresSoon(pass);
  return (
    <div data-testid="pass-holder" className={`flex flex-col items-center gap-1 ${text}`}>
      <p className="font-bold">{interpolate(t.passes.holderOf, { holder: pass.holder })}</p>
      {soon && (
        <p data-testid="pass-expires" className="rounded-full bg-amber-100 px-3 py-0.5 font-semibold text-amber-950">
          {pass.daysLeft === 0 ? t.passes.expiresToday : interpolate(t.passes.expiresIn, { days: formatNumber(pass.daysLeft, locale) })}
        </p>
      )}
    </div>
  );
}

/** An admitted plate that is on the watch list as "alert": the reason, hard to miss. */
export function WatchAlert({ alert, size = "base" }: { alert: { reason: string } | undefined; size?: "base" | "lg" }) {
  const { t } = useI18n();
  if (!alert) return null;
  return (
    <p role="alert" data-testid="watch-alert" className={`rounded-lg bg-amber-400 px-3 py-2 font-bold text-amber-950 ${size === "lg" ? "text-xl" : "text-sm"}`}>
      ⚠ {interpolate(t.watch.alertBody, { reason: alert.reason })}
    </p>
  );
}

/** A watch-list "alert" plate in a list of stays (the dashboard's recent activity). */
export function AlertFlag({ reason }: { reason: string | undefined }) {
  const { t } = useI18n();
  if (!reason) return null;
  return (
    <span data-testid="activity-alert" title={reason} className="ms-2 inline-flex max-w-48 items-center gap-1 truncate rounded-full bg-amber-400 px-2 py-0.5 text-xs font-bold text-amber-950">
      ⚠ {t.watch.alert}: {reason}
    </span>
  );
}
