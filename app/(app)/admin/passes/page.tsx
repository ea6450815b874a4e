import type { Metadata } from "next";
import { CsvImportForm } from "@/components/admin/csv-import-form";
import { PlateSearchForm } from "@/components/admin/plate-search-form";
import { getI18n } from "@/lib/i18n/server";
import { PASS_CSV_HEADER } from "@/lib/parking/pass-csv";
import { requirePageRole } from "@/lib/server/auth/require";
import { listPasses } from "@/lib/server/passes/passes";
import { importPassesAction } from "./actions";
import { PassForm } from "./pass-form";
import { PassesList } from "./passes-list";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.passes.title };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PassesPage({ searchParams }: Props) {
  await requirePageRole("admin");
  const { t } = await getI18n();
  const raw = (await searchParams).plate;
  const plate = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 32) ?? "";
  const passes = await listPasses({ plate });
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">{t.passes.title}</h1>
      <PassForm />
      <PlateSearchForm label={t.passes.search} submitLabel={t.passes.searchSubmit} value={plate} />
      {plate && passes.length === 0 ? <p className="text-slate-500">{t.passes.noMatch}</p> : <PassesList passes={passes} now={new Date()} />}
      <CsvImportForm action={importPassesAction} columns={PASS_CSV_HEADER} exportHref="/api/passes?format=csv" />
    </div>
  );
}
