import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LocaleSwitch } from "@/components/locale-switch";
import { Alert } from "@/components/ui/alert";
import { getI18n } from "@/lib/i18n/server";
import { signedInActor } from "@/lib/server/auth/require";
import { LoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.login.title };
}

type Props = { searchParams: Promise<{ ended?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  // The same check as the app's pages: a cookie that no longer signs anyone in stays here.
  if (await signedInActor()) redirect("/dashboard");
  const { t } = await getI18n();
  const { ended } = await searchParams;
  const endedNotice = ended === "inactive" ? t.login.endedInactive : ended === "ended" ? t.login.endedSession : null;
  return (
    <main id="main" className="flex min-h-dvh flex-col items-center justify-center gap-6 px-4 py-10">
      <div className="flex w-full max-w-sm flex-col gap-6 rounded-2xl bg-white p-6 shadow-md ring-1 ring-slate-200 sm:p-8">
        <div className="flex items-start justify-between gap-3">
          <div>
            <p className="text-3xl font-extrabold text-plate-blue">{t.app.name}</p>
            <p className="text-sm text-slate-600">{t.app.tagline}</p>
          </div>
          <LocaleSwitch className="text-plate-blue" />
        </div>
        <h1 className="text-lg font-bold">{t.login.title}</h1>
        {endedNotice && (
          <Alert tone="info">
            <span data-testid="session-ended">{endedNotice}</span>
          </Alert>
        )}
        <LoginForm />
      </div>
    </main>
  );
}
