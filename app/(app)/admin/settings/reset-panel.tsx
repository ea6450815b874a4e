"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { callAction } from "@/components/call-action";
import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/text-field";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/messages";
import { resetParkingAction } from "./actions";

/** Archiving every car inside cannot be undone, so the admin has to type the confirmation word. */
export function ResetPanel({ lastResetAt }: { lastResetAt: Date | null }) {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const confirmed = typed.trim().toLowerCase() === t.settings.resetWord.toLowerCase();

  function close() {
    setOpen(false);
    setTyped("");
  }

  function reset() {
    startTransition(async () => {
      const result = await callAction(resetParkingAction);
      setMessage(
        result.ok
          ? { tone: "success", text: interpolate(t.settings.resetDone, { count: formatNumber(result.data.archived, locale) }) }
          : { tone: "error", text: result.error[locale] },
      );
      close();
      router.refresh();
    });
  }

  return (
    <section aria-labelledby="reset-heading" className="flex flex-col gap-3 rounded-xl bg-white p-5 shadow-sm ring-1 ring-rose-200">
      <h2 id="reset-heading" className="font-bold text-rose-800">
        {t.settings.resetTitle}
      </h2>
      <p className="text-sm text-slate-700">{t.settings.resetBody}</p>
      <p className="text-sm text-slate-500">
        {t.settings.lastReset}: {lastResetAt ? formatDateTime(lastResetAt, locale) : t.settings.never}
      </p>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <div>
        <Button variant="danger" onClick={() => setOpen(true)}>
          {t.settings.resetButton}
        </Button>
      </div>
      <Dialog open={open} onClose={close} title={t.settings.resetTitle}>
        <p className="text-sm text-slate-700">{t.settings.resetBody}</p>
        <TextField
          label={interpolate(t.settings.resetPrompt, { word: t.settings.resetWord })}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          autoComplete="off"
          data-autofocus
        />
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={close}>
            {t.common.cancel}
          </Button>
          <Button variant="danger" disabled={!confirmed || pending} onClick={reset}>
            {t.settings.resetConfirm}
          </Button>
        </div>
      </Dialog>
    </section>
  );
}
