import type { Metadata } from "next";
import { CsvImportForm } from "@/components/admin/csv-import-form";
import { PlateSearchForm } from "@/components/admin/plate-search-form";
import { getI18n } from "@/lib/i18n/server";
import { WATCH_CSV_HEADER } from "@/lib/parking/pass-csv";
import { requirePageRole } from "@/lib/server/auth/require";
import { listWatchEntries } from "@/lib/server/passes/watchlist";
import { importWatchAction } from "./actions";
import { WatchForm } from "./watch-form";
import { WatchList } from "./watch-list";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.watch.title };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function WatchListPage({ searchParams }: Props) {
  await requirePageRole("admin");
  const { t } = await getI18n();
  const raw = (await searchParams).plate;
  const plate = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 32) ?? "";
  const entries = await listWatchEntries({ plate });
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">{t.watch.title}</h1>
      <WatchForm />
      <PlateSearchForm label={t.passes.search} submitLabel={t.passes.searchSubmit} value={plate} />
      <WatchList entries={entries} />
      <CsvImportForm action={importWatchAction} columns={WATCH_CSV_HEADER} exportHref="/api/watchlist?format=csv" />
    </div>
  );
}
