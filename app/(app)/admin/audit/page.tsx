import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { formatDateTime, formatDigits } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { listAuditLog } from "@/lib/server/audit";
import { requirePageRole } from "@/lib/server/auth/require";
import { auditActionLabel, auditActorName, auditEntityLabel, auditSummary } from "./audit-labels";

const PAGE_SIZE = 50;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.audit.title };
}

type Props = { searchParams: Promise<{ before?: string; action?: string }> };

export default async function AuditPage({ searchParams }: Props) {
  await requirePageRole("admin");
  const { locale, t } = await getI18n();
  const query = await searchParams;
  const before = Number(query.before);
  // One kind of event, e.g. the late gate reads the dashboard links to.
  const action = query.action && /^[a-z_.]{1,64}$/.test(query.action) ? query.action : undefined;
  const rows = await listAuditLog({ limit: PAGE_SIZE, beforeId: Number.isInteger(before) && before > 0 ? before : undefined, action });
  const last = rows.at(-1);
  const more = new URLSearchParams({ ...(action && { action }), before: String(last?.id ?? "") });

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">
        {t.audit.title}
        {action && <span className="ms-2 text-base font-medium text-slate-600">· {auditActionLabel(action, locale)}</span>}
      </h1>
      {rows.length === 0 ? (
        <p className="rounded-xl bg-white px-4 py-8 text-center text-slate-500 ring-1 ring-slate-200">{t.audit.empty}</p>
      ) : (
        <ol className="divide-y divide-slate-100 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          {rows.map((row) => (
            <li key={row.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-2.5 text-sm">
              <span className="font-semibold">
                {auditActionLabel(row.action, locale)}
                {auditSummary(row, locale) && <span className="ms-2 font-normal text-slate-700">{auditSummary(row, locale)}</span>}
              </span>
              <span className="text-slate-600">
                <bdi>{auditActorName(row.actor)}</bdi> · {auditEntityLabel(row.entity, locale)}
                {row.entityId ? ` #${formatDigits(row.entityId, locale)}` : ""}
              </span>
              <time dateTime={row.at.toISOString()} className="text-slate-500 tabular-nums">
                {formatDateTime(row.at, locale)}
              </time>
            </li>
          ))}
        </ol>
      )}
      {rows.length === PAGE_SIZE && last && (
        <Link href={`/admin/audit?${more}`} className={`${buttonClass("secondary")} self-start`}>
          {t.audit.more}
        </Link>
      )}
    </div>
  );
}
