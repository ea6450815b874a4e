"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition, type FormEvent } from "react";
import { callAction } from "@/components/call-action";
import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { interpolate } from "@/lib/i18n/messages";
import type { BilingualMessage } from "@/lib/action-result";
import { createUserAction } from "./actions";

export function CreateUserForm() {
  const { locale, t } = useI18n();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, BilingualMessage>>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      username: String(form.get("username") ?? ""),
      name: String(form.get("name") ?? ""),
      password: String(form.get("password") ?? ""),
      role: form.get("role") === "admin" ? ("admin" as const) : ("operator" as const),
    };
    startTransition(async () => {
      const result = await callAction(createUserAction, input);
      setFieldErrors(result.ok ? {} : (result.fieldErrors ?? {}));
      if (!result.ok) {
        setMessage({ tone: "error", text: result.error[locale] });
        return;
      }
      setMessage({ tone: "success", text: interpolate(t.users.created, { name: result.data.name }) });
      formRef.current?.reset();
      router.refresh();
    });
  }

  const error = (name: string) => fieldErrors[name]?.[locale];

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="flex flex-col gap-4 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 className="font-bold">{t.users.create}</h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <TextField label={t.users.username} name="username" dir="ltr" autoCapitalize="none" autoComplete="off" help={t.users.usernameHelp} error={error("username")} required />
        <TextField label={t.users.name} name="name" error={error("name")} required />
        <TextField label={t.users.password} name="password" type="password" dir="ltr" autoComplete="new-password" help={t.users.passwordHelp} error={error("password")} required />
        <SelectField
          label={t.users.role}
          name="role"
          defaultValue="operator"
          options={[
            { value: "operator", label: t.nav.operator },
            { value: "admin", label: t.nav.admin },
          ]}
        />
      </div>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? t.common.saving : t.users.create}
        </Button>
      </div>
    </form>
  );
}
