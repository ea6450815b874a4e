"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { callAction } from "@/components/call-action";
import { useI18n } from "@/components/i18n-provider";
import { PlateBadge } from "@/components/plate/plate-badge";
import { Alert } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EditDeleteButtons } from "@/components/ui/edit-delete-buttons";
import { interpolate } from "@/lib/i18n/messages";
import type { WatchEntryView } from "@/lib/parking/pass-views";
import { deleteWatchEntryAction } from "./actions";
import { WatchForm } from "./watch-form";

const KIND_TONES = { deny: "bg-red-600 text-white", alert: "bg-amber-400 text-amber-950" } as const;

export function WatchList({ entries }: { entries: WatchEntryView[] }) {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<WatchEntryView | null>(null);

  function remove(entry: WatchEntryView) {
    startTransition(async () => {
      const result = await callAction(deleteWatchEntryAction, { id: entry.id });
      setError(result.ok ? null : result.error[locale]);
      setDeleting(null);
      if (result.ok) router.refresh();
    });
  }

  return (
    <section aria-labelledby="watch-heading" className="flex flex-col gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 id="watch-heading" className="font-bold">{t.watch.title}</h2>
      {error && <Alert tone="error">{error}</Alert>}
      {entries.length === 0 && <p className="py-6 text-center text-slate-500">{t.watch.empty}</p>}
      <ul className="divide-y divide-slate-100">
        {entries.map((entry) =>
          editing === entry.id ? (
            <li key={entry.id} className="py-3">
              <WatchForm entry={entry} onDone={() => setEditing(null)} />
            </li>
          ) : (
            <li key={entry.id} data-watch={entry.plate} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div className="flex min-w-0 flex-wrap items-center gap-2 text-sm">
                <PlateBadge plate={entry.plate} />
                <span className={`rounded-full px-2 py-0.5 text-xs font-bold ${KIND_TONES[entry.kind]}`}>{t.watch[entry.kind]}</span>
                <span className="text-slate-700">{entry.reason}</span>
              </div>
              <EditDeleteButtons
                editLabel={t.watch.edit}
                deleteLabel={t.watch.delete}
                pending={pending}
                onEdit={() => setEditing(entry.id)}
                onDelete={() => setDeleting(entry)}
              />
            </li>
          ),
        )}
      </ul>
      {deleting && (
        <ConfirmDialog
          title={t.watch.delete}
          body={interpolate(t.watch.deleteConfirm, { plate: deleting.plate })}
          confirmLabel={t.watch.delete}
          pending={pending}
          onConfirm={() => remove(deleting)}
          onClose={() => setDeleting(null)}
        />
      )}
    </section>
  );
}
