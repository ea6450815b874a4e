"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition, type FormEvent } from "react";
import { callAction } from "@/components/call-action";
import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { createTokenAction } from "./actions";

export function CreateTokenForm() {
  const { locale, t } = useI18n();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get("name") ?? ""),
      role: form.get("role") === "admin" ? ("admin" as const) : ("operator" as const),
    };
    startTransition(async () => {
      const result = await callAction(createTokenAction, input);
      setError(result.ok ? null : (result.fieldErrors?.name?.[locale] ?? result.error[locale]));
      setCreated(result.ok ? result.data.token : null);
      if (!result.ok) return;
      formRef.current?.reset();
      router.refresh();
    });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="flex flex-col gap-4 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 className="font-bold">{t.tokens.create}</h2>
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
        <TextField label={t.tokens.name} name="name" maxLength={60} required />
        <SelectField
          label={t.tokens.role}
          name="role"
          defaultValue="operator"
          options={[
            { value: "operator", label: t.nav.operator },
            { value: "admin", label: t.nav.admin },
          ]}
        />
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      {created && (
        <div className="flex flex-col gap-2 rounded-lg border border-amber-300 bg-amber-50 p-3" data-testid="new-token">
          <p className="text-sm font-medium text-amber-900">{t.tokens.showOnce}</p>
          <div className="flex items-center gap-2">
            <code dir="ltr" className="min-w-0 flex-1 overflow-x-auto rounded bg-white px-2 py-1.5 font-mono text-sm ring-1 ring-amber-200">
              {created}
            </code>
            <CopyButton text={created} />
          </div>
        </div>
      )}
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? t.common.saving : t.tokens.create}
        </Button>
      </div>
    </form>
  );
}
