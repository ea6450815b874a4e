"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { callAction } from "@/components/call-action";
import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { formatDateTime } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/messages";
import type { ApiTokenView } from "@/lib/auth/account-views";
import { revokeTokenAction } from "./actions";

export function TokensList({ tokens }: { tokens: ApiTokenView[] }) {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<ApiTokenView | null>(null);

  function revoke(token: ApiTokenView) {
    startTransition(async () => {
      const result = await callAction(revokeTokenAction, { id: token.id });
      setError(result.ok ? null : result.error[locale]);
      setRevoking(null);
      if (result.ok) router.refresh();
    });
  }

  return (
    <section aria-labelledby="tokens-heading" className="flex flex-col gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 id="tokens-heading" className="font-bold">
        {t.tokens.title}
      </h2>
      {error && <Alert tone="error">{error}</Alert>}
      {tokens.length === 0 ? (
        <p className="py-6 text-center text-slate-500">{t.tokens.empty}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {tokens.map((token) => (
            <li key={token.id} data-token={token.name} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div className="flex min-w-0 flex-col gap-0.5 text-sm">
                <span className="font-semibold">
                  {token.name} · {token.role === "admin" ? t.nav.admin : t.nav.operator}
                </span>
                <span dir="ltr" className="self-start font-mono text-xs text-slate-500">
                  {token.prefix}…
                </span>
                <span className="text-xs text-slate-500">
                  {t.tokens.createdAt}: {formatDateTime(token.createdAt, locale)} · {t.tokens.lastUsed}:{" "}
                  {token.lastUsedAt ? formatDateTime(token.lastUsedAt, locale) : t.settings.never}
                </span>
              </div>
              {token.revokedAt ? (
                <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-600">{t.tokens.revoked}</span>
              ) : (
                <Button size="sm" variant="danger" disabled={pending} onClick={() => setRevoking(token)}>
                  {t.tokens.revoke}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {revoking && (
        <ConfirmDialog
          title={t.tokens.revoke}
          body={interpolate(t.tokens.revokeConfirm, { name: revoking.name })}
          confirmLabel={t.tokens.revoke}
          pending={pending}
          onConfirm={() => revoke(revoking)}
          onClose={() => setRevoking(null)}
        />
      )}
    </section>
  );
}
