"use client";

import { useState, useTransition, type FormEvent } from "react";
import { callAction } from "@/components/call-action";
import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/text-field";
import { interpolate } from "@/lib/i18n/messages";
import type { UserView } from "@/lib/auth/account-views";
import { resetPasswordAction } from "./actions";

export function PasswordDialog({ user, onClose }: { user: UserView; onClose: () => void }) {
  const { locale, t } = useI18n();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get("password") ?? "");
    startTransition(async () => {
      const result = await callAction(resetPasswordAction, { userId: user.id, password });
      setMessage(
        result.ok
          ? { tone: "success", text: interpolate(t.users.passwordReset, { name: user.name }) }
          : { tone: "error", text: result.fieldErrors?.password ? t.users.passwordHelp : result.error[locale] },
      );
    });
  }

  return (
    <Dialog open onClose={onClose} title={`${t.users.resetPassword}: ${user.name}`}>
      <form onSubmit={submit} noValidate className="flex flex-col gap-3">
        <TextField label={t.users.newPassword} name="password" type="password" dir="ltr" autoComplete="new-password" help={t.users.passwordHelp} required data-autofocus />
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            {t.common.close}
          </Button>
          <Button type="submit" disabled={pending}>
            {pending ? t.common.saving : t.common.save}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
