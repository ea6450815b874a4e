"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { loginErrorMessage } from "@/lib/auth/login-errors";

export function LoginForm() {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get("username") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!username || !password) {
      setError(t.login.required);
      return;
    }
    startTransition(async () => {
      // A failed request (offline, server restarting) leaves result undefined: the generic message.
      const result = await signIn("credentials", { username, password, redirect: false }).catch(() => undefined);
      if (result?.ok && !result.error) {
        router.replace("/dashboard");
        router.refresh();
        return;
      }
      setError(loginErrorMessage(result?.error ?? "", locale) ?? t.common.genericError);
    });
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <TextField label={t.login.username} name="username" autoComplete="username" autoCapitalize="none" dir="ltr" required autoFocus />
      <TextField label={t.login.password} name="password" type="password" autoComplete="current-password" dir="ltr" required />
      {error && <Alert tone="error">{error}</Alert>}
      <Button type="submit" size="lg" disabled={pending}>
        {pending ? t.login.submitting : t.login.submit}
      </Button>
    </form>
  );
}
