import { auditActionLabel, auditActorName } from "@/lib/audit/audit-labels";
import { describeAuditRow, type AuditRowText } from "@/lib/audit/describe-audit-row";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages/messages-shape";

type AuditRow = AuditRowText & { id: number; at: Date; actor: string };
type AuditTableProps = { rows: AuditRow[]; locale: Locale; t: Messages };

/** Newest first; on phones each event stacks into a small card. */
export function AuditTable({ rows, locale, t }: AuditTableProps) {
  const headers = [t.audit.time, t.audit.person, t.audit.action, t.audit.details];
  // The arrow points from the old value to the new one in the reading direction.
  const arrow = locale === "fa" ? "←" : "→";
  const cell = "md:table-cell md:px-4 md:py-2 md:align-top";

  return (
    <table className="w-full text-sm" data-testid="audit-table">
      <thead className="hidden bg-slate-50 text-slate-600 md:table-header-group">
        <tr>
          {headers.map((label) => (
            <th key={label} scope="col" className="px-4 py-2 text-start font-medium">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="flex flex-col gap-2 md:table-row-group md:divide-y md:divide-slate-100">
        {rows.map((row) => {
          const { text, changes } = describeAuditRow(row, locale);
          return (
            <tr key={row.id} className="flex flex-col gap-1 rounded-lg bg-white p-3 ring-1 ring-slate-200 md:table-row md:p-0 md:ring-0">
              <td className={`${cell} order-3 text-xs whitespace-nowrap text-slate-500 tabular-nums md:text-sm`}>
                <time dateTime={row.at.toISOString()}>{formatDateTime(row.at, locale)}</time>
              </td>
              <td
                data-label={`${t.audit.person}:`}
                className={`${cell} order-4 text-slate-600 before:me-1 before:text-slate-500 before:content-[attr(data-label)] md:whitespace-nowrap md:before:content-none`}
              >
                <bdi>{auditActorName(row.actor)}</bdi>
              </td>
              <th scope="row" className={`${cell} order-1 text-start font-semibold md:whitespace-nowrap`}>
                {auditActionLabel(row.action, locale)}
              </th>
              <td className={`${cell} order-2 text-slate-800`}>
                <p>{text}</p>
                {changes.length > 0 && (
                  <ul className="mt-1 flex flex-col gap-0.5 text-slate-600">
                    {changes.map((change) => (
                      <li key={change.label}>
                        {change.label}: <bdi>{change.before}</bdi> {arrow} <bdi className="font-medium text-slate-900">{change.after}</bdi>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
