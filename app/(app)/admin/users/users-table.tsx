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
import type { UserView } from "@/lib/auth/account-views";
import { setUserActiveAction } from "./actions";
import { PasswordDialog } from "./password-dialog";

/** A table on wide screens; each row stacks into a card on phones. */
export function UsersTable({ users, currentUserId }: { users: UserView[]; currentUserId: number }) {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [passwordFor, setPasswordFor] = useState<UserView | null>(null);
  const [deactivating, setDeactivating] = useState<UserView | null>(null);

  function setActive(user: UserView, active: boolean) {
    startTransition(async () => {
      const result = await callAction(setUserActiveAction, { userId: user.id, active });
      setError(result.ok ? null : result.error[locale]);
      setDeactivating(null);
      if (result.ok) router.refresh();
    });
  }

  const cell = "flex justify-between gap-3 md:table-cell md:px-4 md:py-2 before:text-slate-500 before:content-[attr(data-label)] md:before:content-none";

  return (
    <section aria-labelledby="users-heading" className="flex flex-col gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 md:p-0">
      <h2 id="users-heading" className="font-bold md:px-4 md:pt-4">
        {t.users.title}
      </h2>
      {error && <Alert tone="error">{error}</Alert>}
      <table className="w-full text-sm">
        <thead className="hidden bg-slate-50 text-slate-600 md:table-header-group">
          <tr>
            {[t.users.username, t.users.name, t.users.role, t.users.status, t.users.createdAt, t.users.actions].map((label) => (
              <th key={label} scope="col" className="px-4 py-2 text-start font-medium">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="flex flex-col gap-3 md:table-row-group md:divide-y md:divide-slate-100">
          {users.map((user) => (
            <tr key={user.id} data-username={user.username} className="flex flex-col gap-1.5 rounded-lg p-3 ring-1 ring-slate-200 md:table-row md:p-0 md:ring-0">
              <td data-label={t.users.username} className={cell}>
                <span dir="ltr" className="font-medium">
                  {user.username} {user.id === currentUserId && <span className="text-slate-500">{t.users.you}</span>}
                </span>
              </td>
              <td data-label={t.users.name} className={cell}>{user.name}</td>
              <td data-label={t.users.role} className={cell}>{user.role === "admin" ? t.nav.admin : t.nav.operator}</td>
              <td data-label={t.users.status} className={cell}>
                <span className={user.active ? "text-emerald-700" : "text-slate-500"}>{user.active ? t.users.active : t.users.inactive}</span>
              </td>
              <td data-label={t.users.createdAt} className={cell}>{formatDateTime(user.createdAt, locale)}</td>
              <td className="flex flex-wrap gap-2 pt-1 md:table-cell md:px-4 md:py-2">
                <div className="flex flex-wrap gap-2">
                  <Button size="sm" variant="secondary" onClick={() => setPasswordFor(user)}>
                    {t.users.resetPassword}
                  </Button>
                  {user.id !== currentUserId && (
                    <Button size="sm" variant={user.active ? "danger" : "secondary"} disabled={pending} onClick={() => (user.active ? setDeactivating(user) : setActive(user, true))}>
                      {user.active ? t.users.deactivate : t.users.activate}
                    </Button>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {passwordFor && <PasswordDialog user={passwordFor} onClose={() => setPasswordFor(null)} />}
      {deactivating && (
        <ConfirmDialog
          title={t.users.deactivate}
          body={interpolate(t.users.deactivateConfirm, { name: deactivating.name })}
          confirmLabel={t.users.deactivate}
          pending={pending}
          onConfirm={() => setActive(deactivating, false)}
          onClose={() => setDeactivating(null)}
        />
      )}
    </section>
  );
}
