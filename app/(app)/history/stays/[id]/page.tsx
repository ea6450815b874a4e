import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PlateBadge } from "@/components/plate/plate-badge";
import { formatDateTime, formatDuration, formatToman } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/messages";
import { getI18n } from "@/lib/i18n/server";
import { requirePageUser } from "@/lib/server/auth/require";
import { latestCorrection } from "@/lib/server/parking/latest-correction";
import { findStay } from "@/lib/server/parking/list-stays";
import { StayCorrections } from "./stay-corrections";

type Props = { params: Promise<{ id: string }> };

const idOf = (segment: string) => (/^[1-9]\d{0,9}$/.test(segment) && Number(segment) <= 2 ** 31 - 1 ? Number(segment) : null);

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.activity.detailsTitle };
}

/** One stay: its facts, how it was corrected or voided and by whom, and for admins the correction dialogs. */
export default async function StayPage({ params }: Props) {
  const actor = await requirePageUser();
  const { locale, t } = await getI18n();
  const id = idOf((await params).id);
  const stay = id === null ? null : await findStay(id);
  if (!stay) notFound();
  const correction = await latestCorrection(stay.id);
  const status = stay.status === "void" ? t.corrections.void : t.history[stay.status];
  const facts: Array<[string, string]> = [
    [t.history.status, status],
    [t.history.entry, formatDateTime(stay.entryAt, locale)],
    [t.history.exit, stay.exitAt ? formatDateTime(stay.exitAt, locale) : t.activity.stillInside],
    [t.history.duration, stay.durationMinutes === null ? "—" : formatDuration(stay.durationMinutes, locale)],
    [t.history.cost, stay.cost === null ? "—" : formatToman(stay.cost, locale)],
    [t.payment.method, stay.paymentMethod ? t.payment[stay.paymentMethod] : "—"],
  ];

  return (
    <div className="flex flex-col gap-4">
      <Link href="/history" className="self-start text-sm text-blue-700 hover:underline">
        {t.history.back}
      </Link>
      <h1 className="flex flex-wrap items-center gap-3 text-2xl font-bold">
        <span>{t.activity.detailsTitle}</span>
        <PlateBadge plate={stay.plate} size="lg" />
      </h1>
      {correction && (
        <p data-testid="stay-correction-note" className={`rounded-lg px-3 py-2 text-sm ring-1 ${correction.kind === "void" ? "bg-rose-50 text-rose-900 ring-rose-200" : "bg-amber-50 text-amber-900 ring-amber-200"}`}>
          <strong>{correction.kind === "void" ? t.corrections.voidedNote : t.corrections.correctedNote}</strong>{" "}
          {t.corrections.reason}: «<bdi>{correction.reason}</bdi>» — {interpolate(t.corrections.byOn, { who: "\u2068" + correction.by + "\u2069", when: formatDateTime(correction.at, locale) })}
        </p>
      )}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 rounded-xl bg-white p-4 text-sm shadow-sm ring-1 ring-slate-200" data-testid="stay-facts">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-600">{label}</dt>
            <dd className="tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      {actor.role === "admin" && (stay.status === "open" || stay.status === "closed") && (
        <StayCorrections
          stay={{ id: stay.id, plate: stay.plate, status: stay.status, entryAt: stay.entryAt.toISOString(), exitAt: stay.exitAt?.toISOString() ?? null, cost: stay.cost }}
        />
      )}
    </div>
  );
}
