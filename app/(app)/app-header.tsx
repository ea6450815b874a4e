import { LocaleSwitch } from "@/components/locale-switch";
import type { Actor } from "@/lib/server/actor";
import type { Messages } from "@/lib/i18n/messages/messages-shape";
import { AppNav } from "./app-nav";
import { SignOutButton } from "./sign-out-button";

const ROLE_BADGE = {
  admin: "bg-amber-300 text-amber-950",
  operator: "bg-sky-200 text-sky-950",
} as const;

/** The lot's name first and large; who is signed in as a name and a coloured role badge, never run together. */
export function AppHeader({ actor, lotName, t }: { actor: Actor; lotName: string; t: Messages }) {
  const role = actor.role === "admin" ? "admin" : "operator";
  return (
    <header className="bg-plate-blue text-white shadow print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <div className="flex min-w-0 flex-col">
          <span className="truncate text-xl font-extrabold sm:text-2xl" data-testid="header-lot-name">
            {lotName || t.app.name}
          </span>
          <span className="text-xs text-blue-100">
            {t.app.name} · {t.app.tagline}
          </span>
        </div>
        <div className="ms-auto flex min-w-0 items-center gap-2 text-sm">
          <span className="flex min-w-0 items-center gap-2 rounded-lg bg-white/10 px-2 py-1" data-testid="current-user">
            <span className="sr-only">{t.nav.signedInAs}</span>
            <span className="max-w-32 truncate font-semibold sm:max-w-48" data-testid="current-user-name">
              {actor.name}
            </span>
            <span className={`shrink-0 rounded-full px-2 py-0.5 text-xs font-bold ${ROLE_BADGE[role]}`} data-testid="current-user-role">
              {t.nav[role]}
            </span>
          </span>
          <LocaleSwitch />
          <SignOutButton label={t.nav.signOut} />
        </div>
      </div>
      <AppNav isAdmin={role === "admin"} />
    </header>
  );
}
