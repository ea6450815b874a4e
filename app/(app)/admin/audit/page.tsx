import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { parseAuditQuery } from "@/lib/audit/audit-filters";
import { auditActionLabel } from "@/lib/audit/audit-labels";
import { getI18n } from "@/lib/i18n/server";
import { listAuditLog } from "@/lib/server/audit";
import { requirePageRole } from "@/lib/server/auth/require";
import { AuditFilterForm, type AuditFormValues } from "./audit-filter-form";
import { AuditTable } from "./audit-table";

const PAGE_SIZE = 50;
const FILTER_KEYS = ["person", "action", "plate", "from", "to"] as const;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.audit.title };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  await requirePageRole("admin");
  const { locale, t } = await getI18n();
  const params = await searchParams;
  const query = parseAuditQuery(params);
  const { rows, nextBeforeId } = await listAuditLog({ limit: PAGE_SIZE, beforeId: query.beforeId, filters: query.filters });
  const typed = (key: keyof AuditFormValues) => {
    const value = params[key];
    return typeof value === "string" ? value : "";
  };
  const values: AuditFormValues = { person: typed("person"), action: typed("action"), plate: typed("plate"), from: typed("from"), to: typed("to") };
  const filtered = FILTER_KEYS.some((key) => values[key]);
  // The "older" link keeps the filters as typed.
  const older = new URLSearchParams([...FILTER_KEYS.filter((key) => values[key]).map((key) => [key, values[key]]), ["before", String(nextBeforeId)]]);
  const action = query.filters.action;

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">
        {t.audit.title}
        {action && <span className="ms-2 text-base font-medium text-slate-600">· {auditActionLabel(action, locale)}</span>}
      </h1>
      <AuditFilterForm values={values} invalid={query.invalid} locale={locale} t={t} />
      {rows.length === 0 ? (
        <p className="rounded-xl bg-white px-4 py-8 text-center text-slate-500 ring-1 ring-slate-200">{filtered ? t.audit.noMatch : t.audit.empty}</p>
      ) : (
        <section aria-label={t.audit.title} className="md:rounded-xl md:bg-white md:shadow-sm md:ring-1 md:ring-slate-200">
          <AuditTable rows={rows} locale={locale} t={t} />
        </section>
      )}
      {nextBeforeId !== null && (
        <Link href={`/admin/audit?${older}`} className={`${buttonClass("secondary")} self-start`}>
          {t.audit.more}
        </Link>
      )}
    </div>
  );
}
