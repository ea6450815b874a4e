"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition, type FormEvent } from "react";
import { callAction } from "@/components/call-action";
import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { GateKind } from "@/lib/gate/gate-schema";
import { createGateAction } from "./actions";
import { directionOptions } from "./direction-options";

export function CreateGateForm() {
  const { locale, t } = useI18n();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { name: String(form.get("name") ?? ""), direction: String(form.get("direction")) as GateKind };
    startTransition(async () => {
      const result = await callAction(createGateAction, input);
      setError(result.ok ? null : (result.fieldErrors?.name?.[locale] ?? result.error[locale]));
      if (!result.ok) return;
      formRef.current?.reset();
      router.refresh();
    });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="flex flex-col gap-4 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 className="font-bold">{t.gates.add}</h2>
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
        <TextField label={t.gates.name} name="name" maxLength={40} required />
        <SelectField label={t.gates.direction} name="direction" defaultValue="both" options={directionOptions(t)} />
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? t.common.saving : t.gates.add}
        </Button>
      </div>
    </form>
  );
}
