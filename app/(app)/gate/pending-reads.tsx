"use client";

import { useI18n } from "@/components/i18n-provider";
import { formatNumber } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/messages";
import type { ActionError } from "@/lib/action-result";

/**
 * How many reads wait on the tablet, and why when the server answered without taking them (e.g. the
 * session expired): they stay queued, and signing in again sends them.
 */
export function PendingReads({ pending, lastError }: { pending: number; lastError: ActionError | null }) {
  const { locale, t } = useI18n();
  return (
    <>
      <span
        data-testid="gate-pending"
        data-count={pending}
        className={`rounded-full px-3 py-1 text-sm font-semibold ${pending > 0 ? "bg-amber-200 text-amber-950" : "bg-slate-200 text-slate-600"}`}
      >
        {interpolate(t.gate.pending, { count: formatNumber(pending, locale) })}
      </span>
      {pending > 0 && lastError && (
        <p role="alert" data-testid="gate-outbox-error" data-code={lastError.code} className="rounded-lg bg-amber-100 px-3 py-1 text-sm text-amber-950">
          {lastError[locale]}
          {lastError.code === "unauthorized" && (
            <a href="/login" className="ms-2 font-semibold underline">
              {t.login.submit}
            </a>
          )}
        </p>
      )}
    </>
  );
}
