"use client";

import { useI18n } from "@/components/i18n-provider";
import { PlateBadge } from "@/components/plate/plate-badge";
import type { GateOutcome } from "@/lib/gate/outbox";
import { formatToman } from "@/lib/i18n/format";

/** Answers for reads that waited in the queue: the car has long gone, so they are listed quietly. */
export function LateResults({ outcomes }: { outcomes: GateOutcome[] }) {
  const { locale, t } = useI18n();
  if (outcomes.length === 0) return null;
  return (
    <section aria-label={t.gate.lateResults} className="rounded-xl bg-white p-3 text-sm ring-1 ring-slate-200 sm:col-span-2 lg:col-span-1">
      <h2 className="mb-2 font-semibold text-slate-700">{t.gate.lateResults}</h2>
      <ul className="flex flex-col gap-1.5" data-testid="gate-late-results">
        {outcomes.map((outcome) => (
          <li key={outcome.read.requestId} className="flex flex-wrap items-center gap-2">
            <PlateBadge plate={outcome.read.plate} />
            <span className={outcome.status === "refused" ? "text-rose-700" : "text-slate-700"}>{describe(outcome)}</span>
          </li>
        ))}
      </ul>
    </section>
  );

  function describe(outcome: GateOutcome): string {
    if (outcome.status === "refused") return `${t.gate.refused}: ${outcome.error[locale]}`;
    if (outcome.status === "queued") return t.gate.queued;
    if (outcome.result.direction === "entry") return t.gate.entryRecorded;
    return `${t.gate.exitRecorded} · ${formatToman(outcome.result.exit.cost, locale)}`;
  }
}
