"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { callAction } from "@/components/call-action";
import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { BilingualMessage } from "@/lib/action-result";
import { completeFirstRunAction } from "./actions";

export function FirstRunForm({ lotName }: { lotName: string }) {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, BilingualMessage>>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { lotName: String(form.get("lotName") ?? ""), password: String(form.get("password") ?? ""), repeat: String(form.get("repeat") ?? "") };
    startTransition(async () => {
      const result = await callAction(completeFirstRunAction, input);
      if (result.ok) {
        router.replace("/dashboard");
        router.refresh();
        return;
      }
      setFieldErrors(result.fieldErrors ?? {});
      setError(result.error[locale]);
    });
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <TextField label={t.settings.lotName} name="lotName" defaultValue={lotName} maxLength={80} required error={fieldErrors.lotName?.[locale]} />
      <TextField
        label={t.users.newPassword}
        name="password"
        type="password"
        autoComplete="new-password"
        help={t.users.passwordHelp}
        required
        error={fieldErrors.password?.[locale]}
      />
      <TextField label={t.firstRun.repeat} name="repeat" type="password" autoComplete="new-password" required error={fieldErrors.repeat?.[locale]} />
      {error && <Alert tone="error">{error}</Alert>}
      <Button type="submit" disabled={pending}>
        {pending ? t.common.saving : t.firstRun.submit}
      </Button>
    </form>
  );
}
