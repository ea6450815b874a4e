"use client";

import { useI18n } from "@/components/i18n-provider";
import { PassNotice, WatchAlert } from "@/components/parking-session/pass-notice";
import { PlateBadge } from "@/components/plate/plate-badge";
import type { GateOutcome, GateRead } from "@/lib/gate/outbox";
import { formatDuration, formatTime, formatToman } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/messages";
import { GateLookalikes } from "./gate-lookalikes";

/** Shown in place of an outcome when a car's plate is in view but cannot be read (`id`: one per car). */
export type UnreadableNotice = { status: "unreadable"; id: number };
/** What the large card shows: the last read's outcome, or the notice to type a plate. */
export type GateCard = GateOutcome | UnreadableNotice;
export type ResultKind = "entry" | "exit" | "refused" | "denied" | "queued" | "unreadable";

export function resultKind(card: GateCard): ResultKind {
  if (card.status === "recorded") return card.result.direction;
  // A watch-listed plate: its own red card and tone, apart from everyday refusals.
  if (card.status === "refused" && card.error.code === "plate_denied") return "denied";
  return card.status;
}

export const cardKey = (card: GateCard) => (card.status === "unreadable" ? `unreadable-${card.id}` : card.read.requestId);

const TONES: Record<ResultKind, string> = {
  entry: "border-emerald-300 bg-emerald-50 text-emerald-950",
  exit: "border-blue-300 bg-blue-50 text-blue-950",
  refused: "border-rose-300 bg-rose-50 text-rose-950",
  denied: "border-red-800 bg-red-600 text-white",
  queued: "border-amber-300 bg-amber-50 text-amber-950",
  unreadable: "border-rose-300 bg-rose-50 text-rose-950",
};

const ICONS: Record<ResultKind, string> = { entry: "✓", exit: "✓", refused: "✕", denied: "⛔", queued: "⏳", unreadable: "⌨" };

/** The usual refusals in the gate's own words (the plate is already shown above them). */
const REASONS = { already_inside: "alreadyInside", lot_full: "lotFull", not_inside: "notInside" } as const;
const isKnownReason = (code: string): code is keyof typeof REASONS => code in REASONS;

/**
 * The last read's outcome, large enough to read from the driver's seat through the booth window.
 * onMatch sends the read again for a look-alike car inside that the operator picked.
 */
export function GateResult({ card, onMatch }: { card: GateCard | null; onMatch: (read: GateRead) => Promise<void> }) {
  const { locale, t } = useI18n();
  if (!card) {
    return (
      <section className="flex min-h-40 items-center justify-center rounded-2xl border-2 border-dashed border-slate-300 p-5 text-xl font-semibold text-slate-500">
        {t.gate.ready}
      </section>
    );
  }
  const kind = resultKind(card);
  const titles = { entry: t.gate.entryRecorded, exit: t.gate.exitRecorded, refused: t.gate.refused, denied: t.watch.denied, queued: t.gate.queued, unreadable: t.gate.unreadableTitle };
  const outcome = card.status === "unreadable" ? null : card;
  return (
    <section
      role={kind === "refused" || kind === "denied" || kind === "unreadable" ? "alert" : "status"}
      data-testid="gate-result"
      data-status={kind}
      className={`flex flex-col items-center gap-3 rounded-2xl border-2 p-5 text-center ${TONES[kind]}`}
    >
      <h2 className="flex items-center gap-2 text-3xl font-extrabold">
        <span aria-hidden>{ICONS[kind]}</span>
        {titles[kind]}
      </h2>
      {outcome ? <PlateBadge plate={outcome.read.plate} size="lg" /> : <p className="text-xl font-semibold">{t.gate.unreadableBody}</p>}
      {outcome?.status === "recorded" && outcome.result.direction === "entry" && (
        <>
          <p className="text-lg">{interpolate(t.entry.at, { time: formatTime(outcome.result.entry.entryAt, locale) })}</p>
          <WatchAlert alert={outcome.result.entry.alert} size="lg" />
        </>
      )}
      {outcome?.status === "recorded" && outcome.result.direction === "exit" && (
        <>
          <output data-testid="gate-exit-cost" className="text-4xl font-extrabold">
            {outcome.result.exit.cost === 0 ? t.exit.free : formatToman(outcome.result.exit.cost, locale)}
          </output>
          <p data-testid="gate-exit-duration" className="text-lg">
            {t.exit.duration}: {formatDuration(outcome.result.exit.durationMinutes, locale)}
          </p>
          <PassNotice pass={outcome.result.exit.pass} size="lg" />
        </>
      )}
      {outcome?.status === "refused" && (
        <p data-testid="gate-refusal" data-code={outcome.error.code} className="text-xl font-semibold">
          {isKnownReason(outcome.error.code) ? t.gate[REASONS[outcome.error.code]] : outcome.error[locale]}
        </p>
      )}
      {outcome?.status === "refused" && <GateLookalikes refusal={outcome} onMatch={onMatch} />}
      {outcome?.status === "queued" && <p className="text-lg">{t.gate.queuedBody}</p>}
    </section>
  );
}
