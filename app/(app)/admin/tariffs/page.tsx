import type { Metadata } from "next";
import { getI18n } from "@/lib/i18n/server";
import { requirePageRole } from "@/lib/server/auth/require";
import { listTariffVersions } from "@/lib/server/tariffs/tariff-plans";
import { AddTariffForm } from "./add-tariff-form";
import { TariffCalculator } from "./tariff-calculator";
import { TariffVersionsList } from "./tariff-versions-list";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.tariffs.title };
}

export default async function TariffsPage() {
  await requirePageRole("admin");
  const { t } = await getI18n();
  const versions = await listTariffVersions();
  const now = new Date();
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">{t.tariffs.title}</h1>
      <p className="max-w-3xl text-sm text-slate-600">{t.tariffs.intro}</p>
      <div className="grid gap-5 lg:grid-cols-2">
        <TariffCalculator versions={versions} now={now} />
        <AddTariffForm />
      </div>
      <TariffVersionsList versions={versions} now={now} />
    </div>
  );
}
