import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PlateBadge } from "@/components/plate/plate-badge";
import { buttonClass } from "@/components/ui/button";
import { formatDuration, formatNumber, formatToman } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/messages";
import { getI18n } from "@/lib/i18n/server";
import { canonicalPlate } from "@/lib/parking/plate";
import { requirePageUser } from "@/lib/server/auth/require";
import { readStayPage } from "@/lib/server/parking/list-stays";
import { summarizePlate } from "@/lib/server/parking/plate-summary";
import { StaysTable } from "../../stays-table";
import { PlatePassStatus } from "./plate-pass-status";

/** Next leaves the segment percent-encoded; a malformed one is no plate. */
function plateParam(segment: string): string | null {
  try {
    return canonicalPlate(decodeURIComponent(segment));
  } catch {
    return null;
  }
}

type Props = { params: Promise<{ plate: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: interpolate(t.history.plateTitle, { plate: plateParam((await params).plate) ?? "" }) };
}

/** One plate: its totals and every stay, newest first. */
export default async function PlateHistoryPage({ params, searchParams }: Props) {
  await requirePageUser();
  const { locale, t } = await getI18n();
  const plate = plateParam((await params).plate);
  if (!plate) notFound();
  const { cursor } = await searchParams;
  const [summary, page] = await Promise.all([
    summarizePlate(plate),
    readStayPage({ plate, cursor: typeof cursor === "string" && /^[\w-]{1,64}$/.test(cursor) ? cursor : undefined }),
  ]);
  const facts = [
    [t.history.stays, formatNumber(summary.stays, locale)],
    [t.history.totalPaid, formatToman(summary.totalPaid, locale)],
    [t.history.timeInside, formatDuration(summary.minutesInside, locale)],
  ];
  const exportHref = `/api/sessions/export?${new URLSearchParams({ format: "csv", plate })}`;

  return (
    <div className="flex flex-col gap-4">
      <Link href="/history" className="self-start text-sm text-blue-700 hover:underline">
        {t.history.back}
      </Link>
      <h1 className="flex items-center gap-3 text-2xl font-bold">
        <span className="sr-only">{interpolate(t.history.plateTitle, { plate })}</span>
        <PlateBadge plate={plate} size="lg" />
      </h1>
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3" data-testid="plate-summary">
        {facts.map(([label, value]) => (
          <div key={label} className="rounded-xl bg-white p-3 shadow-sm ring-1 ring-slate-200">
            <dt className="text-sm text-slate-500">{label}</dt>
            <dd className="text-lg font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <PlatePassStatus plate={plate} />
      <a href={exportHref} download className={`${buttonClass("secondary")} self-start`}>
        {t.history.exportCsv}
      </a>
      {page.items.length > 0 && (
        <section aria-label={t.history.title} className="md:rounded-xl md:bg-white md:shadow-sm md:ring-1 md:ring-slate-200">
          <StaysTable stays={page.items} locale={locale} t={t} />
        </section>
      )}
      {page.nextCursor && (
        <Link href={`/history/plate/${encodeURIComponent(plate)}?cursor=${page.nextCursor}`} className={`${buttonClass("secondary")} self-start`}>
          {t.history.older}
        </Link>
      )}
    </div>
  );
}
