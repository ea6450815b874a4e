"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { callAction } from "@/components/call-action";
import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { BilingualMessage } from "@/lib/action-result";
import type { WatchEntryView } from "@/lib/parking/pass-views";
import { saveWatchEntryAction } from "./actions";

/** Adds a plate to the watch list, or edits `entry`. */
export function WatchForm({ entry, onDone }: { entry?: WatchEntryView; onDone?: () => void }) {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, BilingualMessage>>({});
  const [formKey, setFormKey] = useState(0);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { plate: String(form.get("plate") ?? ""), kind: String(form.get("kind") ?? ""), reason: String(form.get("reason") ?? "") };
    startTransition(async () => {
      const result = await callAction(saveWatchEntryAction, entry?.id ?? null, input);
      setError(result.ok ? null : result.error[locale]);
      setFields(result.ok ? {} : (result.fieldErrors ?? {}));
      if (!result.ok) return;
      if (!entry) setFormKey((k) => k + 1);
      router.refresh();
      onDone?.();
    });
  }

  return (
    <form key={formKey} onSubmit={submit} noValidate data-testid="watch-form" className="flex flex-col gap-4 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 className="font-bold">{entry ? t.watch.edit : t.watch.add}</h2>
      <div className="grid gap-4 sm:grid-cols-[1fr_1fr_2fr]">
        <TextField label={t.watch.plate} name="plate" defaultValue={entry?.plate} placeholder="12ب345-67" required error={fields.plate?.[locale]} />
        <SelectField
          label={t.watch.kind}
          name="kind"
          defaultValue={entry?.kind ?? "deny"}
          error={fields.kind?.[locale]}
          options={[{ value: "deny", label: t.watch.deny }, { value: "alert", label: t.watch.alert }]}
        />
        <TextField label={t.watch.reason} name="reason" defaultValue={entry?.reason} maxLength={200} required error={fields.reason?.[locale]} />
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      <div className="flex justify-end gap-2">
        {onDone && (
          <Button variant="ghost" onClick={onDone}>
            {t.passes.cancel}
          </Button>
        )}
        <Button type="submit" disabled={pending}>
          {pending ? t.common.saving : entry ? t.passes.save : t.watch.add}
        </Button>
      </div>
    </form>
  );
}
