import type { ReactNode } from "react";
import { SwrProvider } from "@/components/swr-provider";
import { getI18n } from "@/lib/i18n/server";
import { requirePageUser } from "@/lib/server/auth/require";
import { readLotName } from "@/lib/server/parking/lot-name";
import { AppHeader } from "./app-header";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requirePageUser();
  const [{ t }, lotName] = await Promise.all([getI18n(), readLotName()]);
  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader actor={actor} lotName={lotName} t={t} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-3 py-5 sm:px-4">
        <SwrProvider>{children}</SwrProvider>
      </main>
    </div>
  );
}
