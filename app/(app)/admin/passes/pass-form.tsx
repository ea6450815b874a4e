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
import { formatDigits } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/messages";
import { jalaliOfDay } from "@/lib/parking/pass-rules";
import type { PassView } from "@/lib/parking/pass-views";
import { toAsciiDigits } from "@/lib/parking/plate-normalize";
import { savePassAction } from "./actions";

/** The fee as typed, grouping separators and Persian digits allowed; text that is no number is sent as is (the server says why). */
function feeValue(text: string): number | string {
  const plain = toAsciiDigits(text).replace(/[,٬\s]/g, "");
  return /^\d+$/.test(plain) ? Number(plain) : plain === "" ? 0 : text;
}

/** Adds a pass, or edits `pass`; dates are typed in Jalali. */
export function PassForm({ pass, onDone }: { pass?: PassView; onDone?: () => void }) {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, BilingualMessage>>({});
  const [formKey, setFormKey] = useState(0);
  const day = (key: string | undefined) => (key ? formatDigits(jalaliOfDay(key), locale) : "");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    const input = {
      holder: text("holder"), phone: text("phone"), valid_from: text("valid_from"), valid_to: text("valid_to"),
      plates: [text("plate1"), text("plate2"), text("plate3")].filter((plate) => plate.trim() !== ""),
      kind: text("kind"), fee: feeValue(text("fee")),
    };
    startTransition(async () => {
      const result = await callAction(savePassAction, pass?.id ?? null, input);
      setError(result.ok ? null : result.error[locale]);
      setFields(result.ok ? {} : (result.fieldErrors ?? {}));
      if (!result.ok) return;
      if (!pass) setFormKey((k) => k + 1);
      router.refresh();
      onDone?.();
    });
  }

  const fieldError = (...names: string[]) => names.map((name) => fields[name]?.[locale]).find(Boolean);
  return (
    <form key={formKey} onSubmit={submit} noValidate data-testid="pass-form" className="flex flex-col gap-4 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 className="font-bold">{pass ? t.passes.edit : t.passes.add}</h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t.passes.holder} name="holder" defaultValue={pass?.holder} maxLength={80} required error={fieldError("holder")} />
        <TextField label={t.passes.phone} name="phone" defaultValue={pass?.phone} inputMode="tel" dir="ltr" required error={fieldError("phone")} />
      </div>
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="mb-1 text-sm font-medium text-slate-700">{t.passes.plates}</legend>
        {[0, 1, 2].map((i) => (
          <TextField
            key={i}
            label={interpolate(t.passes.plate, { n: (i + 1).toLocaleString(locale === "fa" ? "fa-IR" : "en-US") })}
            name={`plate${i + 1}`}
            defaultValue={pass?.plates[i]}
            placeholder="12ب345-67"
            required={i === 0}
            error={fieldError(`plates.${i}`, ...(i === 0 ? ["plates"] : []))}
          />
        ))}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-4">
        <TextField label={t.passes.validFrom} name="valid_from" defaultValue={day(pass?.validFrom)} help={t.passes.dateHelp} required error={fieldError("valid_from")} />
        <TextField label={t.passes.validTo} name="valid_to" defaultValue={day(pass?.validTo)} help={t.passes.dateHelp} required error={fieldError("valid_to")} />
        <SelectField label={t.passes.kind} name="kind" defaultValue={pass?.kind ?? "paid"} error={fieldError("kind")} options={[{ value: "paid", label: t.passes.paid }, { value: "free", label: t.passes.free }]} />
        <TextField label={t.passes.fee} name="fee" defaultValue={pass ? String(pass.fee) : ""} inputMode="numeric" error={fieldError("fee")} />
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      <div className="flex justify-end gap-2">
        {onDone && (
          <Button variant="ghost" onClick={onDone}>
            {t.passes.cancel}
          </Button>
        )}
        <Button type="submit" disabled={pending}>
          {pending ? t.common.saving : pass ? t.passes.save : t.passes.add}
        </Button>
      </div>
    </form>
  );
}
