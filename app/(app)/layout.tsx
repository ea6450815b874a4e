import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { SwrProvider } from "@/components/swr-provider";
import { getI18n } from "@/lib/i18n/server";
import { requirePageUser } from "@/lib/server/auth/require";
import { readLotName } from "@/lib/server/parking/lot-name";
import { isFirstRunPending } from "@/lib/server/users/first-run";
import { AppHeader } from "./app-header";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requirePageUser();
  // The first admin names the lot and replaces the given password before anything else.
  if (actor.role === "admin" && (await isFirstRunPending(actor.id))) redirect("/welcome");
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
