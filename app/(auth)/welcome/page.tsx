import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LocaleSwitch } from "@/components/locale-switch";
import { getI18n } from "@/lib/i18n/server";
import { requirePageUser } from "@/lib/server/auth/require";
import { readLotName } from "@/lib/server/parking/lot-name";
import { isFirstRunPending } from "@/lib/server/users/first-run";
import { FirstRunForm } from "./first-run-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.firstRun.title };
}

/** The first admin's first sign-in lands here before any other page (app/(app)/layout.tsx sends them). */
export default async function WelcomePage() {
  const actor = await requirePageUser();
  if (!(await isFirstRunPending(actor.id))) redirect("/dashboard");
  const [{ t }, lotName] = await Promise.all([getI18n(), readLotName()]);
  return (
    <main id="main" className="flex min-h-dvh flex-col items-center justify-center gap-6 px-4 py-10">
      <div className="flex w-full max-w-md flex-col gap-5 rounded-2xl bg-white p-6 shadow-md ring-1 ring-slate-200 sm:p-8">
        <div className="flex items-start justify-between gap-3">
          <div>
            <p className="text-3xl font-extrabold text-plate-blue">{t.app.name}</p>
            <p className="text-sm text-slate-600">{t.app.tagline}</p>
          </div>
          <LocaleSwitch className="text-plate-blue" />
        </div>
        <div className="flex flex-col gap-1">
          <h1 className="text-lg font-bold">{t.firstRun.title}</h1>
          <p className="text-sm text-slate-600">{t.firstRun.intro}</p>
        </div>
        <FirstRunForm lotName={lotName} />
      </div>
    </main>
  );
}
