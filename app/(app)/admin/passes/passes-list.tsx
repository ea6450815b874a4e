"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { callAction } from "@/components/call-action";
import { useI18n } from "@/components/i18n-provider";
import { PlateBadge } from "@/components/plate/plate-badge";
import { Alert } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EditDeleteButtons } from "@/components/ui/edit-delete-buttons";
import { formatDigits, formatToman } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/messages";
import { isPassValidAt, jalaliOfDay, lotDayKey } from "@/lib/parking/pass-rules";
import type { PassView } from "@/lib/parking/pass-views";
import { deletePassAction } from "./actions";
import { PassForm } from "./pass-form";

function PassStatus({ pass, now }: { pass: PassView; now: Date }) {
  const { t } = useI18n();
  const [label, tone] = isPassValidAt(pass, now)
    ? [t.passes.statusValid, "bg-emerald-100 text-emerald-900"]
    : lotDayKey(now) < pass.validFrom
      ? [t.passes.statusUpcoming, "bg-slate-100 text-slate-700"]
      : [t.passes.statusExpired, "bg-rose-100 text-rose-900"];
  return <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${tone}`}>{label}</span>;
}

export function PassesList({ passes, now }: { passes: PassView[]; now: Date }) {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<PassView | null>(null);

  function remove(pass: PassView) {
    startTransition(async () => {
      const result = await callAction(deletePassAction, { id: pass.id });
      setError(result.ok ? null : result.error[locale]);
      setDeleting(null);
      if (result.ok) router.refresh();
    });
  }

  const day = (key: string) => formatDigits(jalaliOfDay(key), locale);
  return (
    <section aria-labelledby="passes-heading" className="flex flex-col gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 id="passes-heading" className="font-bold">{t.passes.title}</h2>
      {error && <Alert tone="error">{error}</Alert>}
      {passes.length === 0 && <p className="py-6 text-center text-slate-500">{t.passes.empty}</p>}
      <ul className="divide-y divide-slate-100">
        {passes.map((pass) =>
          editing === pass.id ? (
            <li key={pass.id} className="py-3">
              <PassForm pass={pass} onDone={() => setEditing(null)} />
            </li>
          ) : (
            <li key={pass.id} data-pass={pass.holder} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div className="flex min-w-0 flex-col gap-1 text-sm">
                <span className="flex flex-wrap items-center gap-2 font-semibold">
                  {pass.holder} <PassStatus pass={pass} now={now} />
                </span>
                <span dir="ltr" className="self-start text-xs text-slate-500">{formatDigits(pass.phone, locale)}</span>
                <span className="flex flex-wrap gap-1">
                  {pass.plates.map((plate) => (
                    <PlateBadge key={plate} plate={plate} />
                  ))}
                </span>
                <span className="text-xs text-slate-600">
                  {t.passes.validity}: {day(pass.validFrom)} – {day(pass.validTo)} · {pass.kind === "free" ? t.passes.free : `${t.passes.paid} ${formatToman(pass.fee, locale)}`}
                </span>
              </div>
              <EditDeleteButtons
                editLabel={t.passes.edit}
                deleteLabel={t.passes.delete}
                pending={pending}
                onEdit={() => setEditing(pass.id)}
                onDelete={() => setDeleting(pass)}
              />
            </li>
          ),
        )}
      </ul>
      {deleting && (
        <ConfirmDialog
          title={t.passes.delete}
          body={interpolate(t.passes.deleteConfirm, { holder: deleting.holder })}
          confirmLabel={t.passes.delete}
          pending={pending}
          onConfirm={() => remove(deleting)}
          onClose={() => setDeleting(null)}
        />
      )}
    </section>
  );
}
