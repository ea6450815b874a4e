"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { callAction } from "@/components/call-action";
import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextField } from "@/components/ui/text-field";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/messages";
import type { ShiftSummary } from "@/lib/parking/shift-summary";
import { closeShiftAction, openShiftAction } from "./actions";
import { ShiftFigures } from "./shift-figures";

const card = "flex flex-col gap-4 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200";

/** Open shift: live totals and the close form; after the close, the locked figures with the difference. */
export function ShiftPanel({ shift }: { shift: ShiftSummary | null }) {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [closed, setClosed] = useState<ShiftSummary | null>(null);
  const [counted, setCounted] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function open() {
    startTransition(async () => {
      const result = await callAction(openShiftAction);
      setError(result.ok ? null : result.error[locale]);
      setClosed(null);
      router.refresh();
    });
  }

  function askToClose(event: FormEvent) {
    event.preventDefault();
    setConfirming(true);
  }

  function close() {
    startTransition(async () => {
      const result = await callAction(closeShiftAction, { countedCash: counted });
      setConfirming(false);
      if (!result.ok) {
        setError(result.fieldErrors?.countedCash ? t.shift.badCount : result.error[locale]);
        return;
      }
      setError(null);
      setCounted("");
      setClosed(result.data);
      router.refresh();
    });
  }

  const title = (s: ShiftSummary) => interpolate(t.shift.number, { id: formatNumber(s.id, locale) });

  if (closed) {
    return (
      <section className={card} data-testid="shift-closed" aria-label={t.shift.closedTitle}>
        <h2 className="font-bold text-emerald-900">{t.shift.closedTitle} · {title(closed)}</h2>
        <ShiftFigures shift={closed} />
        <Button onClick={open} disabled={pending} className="self-start">{t.shift.open}</Button>
      </section>
    );
  }
  if (!shift) {
    return (
      <section className={card} data-testid="shift-none">
        {error && <Alert tone="error">{error}</Alert>}
        <p className="text-sm text-slate-700">{t.shift.none}</p>
        <Button onClick={open} disabled={pending} className="self-start">{pending ? t.shift.opening : t.shift.open}</Button>
      </section>
    );
  }
  return (
    <section className={card} data-testid="shift-open" aria-label={title(shift)}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="font-bold">{title(shift)}</h2>
        <span className="text-sm text-slate-600">{interpolate(t.shift.openSince, { time: formatDateTime(shift.openedAt, locale) })}</span>
      </div>
      <ShiftFigures shift={shift} />
      <form onSubmit={askToClose} noValidate className="flex flex-col gap-3 border-t border-slate-200 pt-4 sm:flex-row sm:items-end">
        <TextField
          label={t.shift.countedCash}
          help={t.shift.countedCashHelp}
          inputMode="numeric"
          autoComplete="off"
          value={counted}
          onChange={(event) => setCounted(event.target.value)}
          required
          className="grow"
        />
        <Button type="submit" variant="danger" disabled={pending || counted.trim() === ""} className="sm:mb-5">{t.shift.close}</Button>
      </form>
      {error && <Alert tone="error">{error}</Alert>}
      {confirming && (
        <ConfirmDialog title={t.shift.close} body={t.shift.confirmClose} confirmLabel={pending ? t.shift.closing : t.shift.close} pending={pending} onConfirm={close} onClose={() => setConfirming(false)} />
      )}
    </section>
  );
}
