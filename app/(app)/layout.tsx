import type { ReactNode } from "react";
import { LocaleSwitch } from "@/components/locale-switch";
import { SwrProvider } from "@/components/swr-provider";
import { getI18n } from "@/lib/i18n/server";
import { requirePageUser } from "@/lib/server/auth/require";
import { AppNav } from "./app-nav";
import { SignOutButton } from "./sign-out-button";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requirePageUser();
  const { t } = await getI18n();
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="bg-plate-blue text-white shadow print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
          <span className="flex items-baseline gap-2">
            <span className="text-xl font-extrabold">{t.app.name}</span>
            <span className="hidden text-sm text-blue-100 sm:inline">{t.app.tagline}</span>
          </span>
          <div className="ms-auto flex items-center gap-2 text-sm">
            <span className="hidden max-w-40 truncate sm:inline" data-testid="current-user">
              {actor.name} · {actor.role === "admin" ? t.nav.admin : t.nav.operator}
            </span>
            <LocaleSwitch />
            <SignOutButton label={t.nav.signOut} />
          </div>
        </div>
        <AppNav isAdmin={actor.role === "admin"} />
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-3 py-5 sm:px-4">
        <SwrProvider>{children}</SwrProvider>
      </main>
    </div>
  );
}
