import Link from "next/link";
import { PlateBadge } from "@/components/plate/plate-badge";
import { formatDateTime, formatDuration, formatToman } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages/messages-shape";
import type { ExportStay } from "@/lib/parking/stay-export";

type StaysTableProps = { stays: ExportStay[]; locale: Locale; t: Messages };

const STATUS_STYLE = { open: "bg-emerald-100 text-emerald-800", closed: "bg-slate-100 text-slate-700", archived: "bg-amber-100 text-amber-800", void: "bg-rose-100 text-rose-800" };

/** Newest first; on phones each stay stacks into a small card with its labels. */
export function StaysTable({ stays, locale, t }: StaysTableProps) {
  const h = t.history;
  const headers = [t.audit.plate, h.status, h.entry, h.exit, h.duration, h.cost, h.operator, t.gates.filter, t.payment.method];
  const cell = "md:table-cell md:px-4 md:py-2 md:align-middle";
  const labelled = `${cell} before:me-1 before:text-slate-500 before:content-[attr(data-label)] md:before:content-none`;
  const actors = (stay: ExportStay) => [...new Set([stay.entryActor, stay.exitActor].filter((a) => a !== null))].join(" / ");
  const gates = (stay: ExportStay) => (stay.entryGate || stay.exitGate ? `${stay.entryGate ?? "—"} → ${stay.exitGate ?? "—"}` : "");

  return (
    <table className="w-full text-sm" data-testid="stays-table">
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
        {stays.map((stay) => (
          <tr key={stay.id} className="grid grid-cols-2 gap-x-3 gap-y-1 rounded-lg bg-white p-3 ring-1 ring-slate-200 md:table-row md:p-0 md:ring-0">
            <th scope="row" className={`${cell} text-start`}>
              <Link href={`/history/plate/${encodeURIComponent(stay.plate)}`} className="inline-block hover:opacity-80" aria-label={stay.plate}>
                <PlateBadge plate={stay.plate} />
              </Link>
            </th>
            <td className={`${cell} text-end md:text-start`}>
              <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[stay.status]}`}>{stay.status === "void" ? t.corrections.void : h[stay.status]}</span>
            </td>
            <td data-label={`${h.entry}:`} className={`${labelled} col-span-2 tabular-nums md:whitespace-nowrap`}>
              <Link href={`/history/stays/${stay.id}`} className="text-blue-700 hover:underline" data-testid="stay-details-link" title={t.activity.details}>
                <time dateTime={stay.entryAt.toISOString()}>{formatDateTime(stay.entryAt, locale)}</time>
              </Link>
            </td>
            <td data-label={`${h.exit}:`} className={`${labelled} col-span-2 tabular-nums md:whitespace-nowrap`}>
              {stay.exitAt ? <time dateTime={stay.exitAt.toISOString()}>{formatDateTime(stay.exitAt, locale)}</time> : "—"}
            </td>
            <td data-label={`${h.duration}:`} className={labelled}>
              {stay.durationMinutes === null ? "—" : formatDuration(stay.durationMinutes, locale)}
            </td>
            <td data-label={`${h.cost}:`} className={`${labelled} tabular-nums md:whitespace-nowrap`}>
              {stay.cost === null ? "—" : formatToman(stay.cost, locale)}
            </td>
            <td data-label={`${h.operator}:`} className={`${labelled} col-span-2 text-slate-600`}>
              <bdi>{actors(stay) || "—"}</bdi>
            </td>
            <td data-label={`${t.gates.filter}:`} data-testid="stay-gates" className={`${labelled} col-span-2 text-slate-600`}>
              <bdi>{gates(stay) || "—"}</bdi>
            </td>
            <td data-label={`${t.payment.method}:`} data-testid="stay-payment" className={`${labelled} col-span-2 text-slate-600`}>
              {stay.paymentMethod ? t.payment[stay.paymentMethod] : "—"}
              {stay.exemptReason && <bdi> · {stay.exemptReason}</bdi>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
