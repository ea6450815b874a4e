import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { formatDateTime, formatDigits } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { listAuditLog } from "@/lib/server/audit";
import { requirePageRole } from "@/lib/server/auth/require";
import { auditActionLabel, auditActorName, auditEntityLabel } from "./audit-labels";

const PAGE_SIZE = 50;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.audit.title };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ before?: string }> }) {
  await requirePageRole("admin");
  const { locale, t } = await getI18n();
  const before = Number((await searchParams).before);
  const rows = await listAuditLog({ limit: PAGE_SIZE, beforeId: Number.isInteger(before) && before > 0 ? before : undefined });
  const last = rows.at(-1);

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t.audit.title}</h1>
      {rows.length === 0 ? (
        <p className="rounded-xl bg-white px-4 py-8 text-center text-slate-500 ring-1 ring-slate-200">{t.audit.empty}</p>
      ) : (
        <ol className="divide-y divide-slate-100 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          {rows.map((row) => (
            <li key={row.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-2.5 text-sm">
              <span className="font-semibold">{auditActionLabel(row.action, locale)}</span>
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
        <Link href={`/admin/audit?before=${last.id}`} className={`${buttonClass("secondary")} self-start`}>
          {t.audit.more}
        </Link>
      )}
    </div>
  );
}
