import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { getI18n } from "@/lib/i18n/server";
import { HISTORY_FILTER_KEYS, parseHistoryQuery } from "@/lib/parking/history-filters";
import { requirePageUser } from "@/lib/server/auth/require";
import { listGates } from "@/lib/server/gates/gates";
import { readStayPage } from "@/lib/server/parking/list-stays";
import { HistoryFilterForm } from "./history-filter-form";
import { StaysTable } from "./stays-table";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.history.title };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HistoryPage({ searchParams }: Props) {
  await requirePageUser();
  const { locale, t } = await getI18n();
  const query = parseHistoryQuery(await searchParams);
  const [page, gates] = await Promise.all([readStayPage({ ...query.filters, cursor: query.cursor }), listGates()]);
  const typed = HISTORY_FILTER_KEYS.filter((key) => query.values[key]).map((key) => [key, query.values[key]]);
  const older = new URLSearchParams([...typed, ["cursor", page.nextCursor ?? ""]]);
  const exportHref = (format: "csv" | "xlsx") => `/api/sessions/export?${new URLSearchParams([["format", format], ...query.exportParams])}`;

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t.history.title}</h1>
      <HistoryFilterForm values={query.values} invalid={query.invalid} gates={gates} t={t} />
      <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
        <a href={exportHref("csv")} download className={buttonClass("secondary")}>
          {t.history.exportCsv}
        </a>
        <a href={exportHref("xlsx")} download className={buttonClass("secondary")}>
          {t.history.exportXlsx}
        </a>
        <span>{t.history.exportNote}</span>
      </div>
      {page.items.length === 0 ? (
        <p className="rounded-xl bg-white px-4 py-8 text-center text-slate-500 ring-1 ring-slate-200">{typed.length > 0 ? t.history.noMatch : t.history.empty}</p>
      ) : (
        <section aria-label={t.history.title} className="md:rounded-xl md:bg-white md:shadow-sm md:ring-1 md:ring-slate-200">
          <StaysTable stays={page.items} locale={locale} t={t} />
        </section>
      )}
      {page.nextCursor && (
        <Link href={`/history?${older}`} className={`${buttonClass("secondary")} self-start`}>
          {t.history.older}
        </Link>
      )}
    </div>
  );
}
