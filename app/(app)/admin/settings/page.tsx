import type { Metadata } from "next";
import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";
import { requirePageRole } from "@/lib/server/auth/require";
import { getSettings } from "@/lib/server/parking/settings";
import { ResetPanel } from "./reset-panel";
import { SettingsForm } from "./settings-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.settings.title };
}

export default async function SettingsPage() {
  await requirePageRole("admin");
  const { t } = await getI18n();
  const settings = await getSettings();
  return (
    <div className="flex max-w-2xl flex-col gap-5">
      <h1 className="text-2xl font-bold">{t.settings.title}</h1>
      <Link href="/admin/tariffs" className="text-sm font-medium text-blue-700 underline-offset-2 hover:underline">{t.tariffs.settingsLink}</Link>
      <SettingsForm settings={settings} />
      <ResetPanel lastResetAt={settings.lastResetAt} />
    </div>
  );
}
