"use client";

import { useI18n } from "@/components/i18n-provider";
import { PlateBadge } from "@/components/plate/plate-badge";
import { buttonClass } from "@/components/ui/button";
import { formatTime } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/messages";
import type { LookalikeStay } from "@/lib/parking/parking-results";
import { SnapshotThumb } from "./snapshot-image";

type LookalikeOfferProps = {
  suggestions: LookalikeStay[];
  onPick: (plate: string) => void;
  /** The plate being sent: every choice waits for its answer. */
  sending: string | null;
  /** lg: the gate, read at arm's length on a tablet. */
  size?: "md" | "lg";
};

/**
 * The cars inside that a plate not inside may be a misreading of (lib/parking/plate-lookalikes.ts),
 * each with its entry photo to compare with the car in front of the operator: one tap registers its exit.
 */
export function LookalikeOffer({ suggestions, onPick, sending, size = "md" }: LookalikeOfferProps) {
  const { locale, t } = useI18n();
  if (suggestions.length === 0) return null;
  const large = size === "lg";
  return (
    <section data-testid="lookalike-offer" className="flex w-full flex-col gap-2 rounded-xl border border-amber-300 bg-amber-50 p-3 text-start text-slate-900">
      <h3 className={`font-bold ${large ? "text-xl" : ""}`}>{t.lookalike.title}</h3>
      <p className="text-sm text-slate-700">{t.lookalike.hint}</p>
      <ul className="flex flex-col gap-2">
        {suggestions.map((stay) => (
          <li key={stay.sessionId}>
            <button
              type="button"
              data-testid="lookalike-pick"
              data-plate={stay.plate}
              disabled={sending !== null}
              onClick={() => onPick(stay.plate)}
              className={`flex w-full flex-wrap items-center gap-3 rounded-lg bg-white p-2 text-start ring-1 ring-slate-300 hover:bg-amber-100 disabled:cursor-wait disabled:opacity-70 ${large ? "min-h-24" : ""}`}
            >
              {stay.entrySnapshot ? (
                <SnapshotThumb name={stay.entrySnapshot} alt={t.lookalike.photo} size={large ? "lg" : "sm"} />
              ) : (
                <span className={`grid shrink-0 place-items-center rounded bg-slate-100 text-xs text-slate-500 ring-1 ring-slate-200 ${large ? "h-[90px] w-40" : "h-9 w-16"}`}>
                  {t.lookalike.noPhoto}
                </span>
              )}
              <span className="flex flex-col items-start gap-1">
                <PlateBadge plate={stay.plate} size={large ? "lg" : "sm"} />
                <span className="text-sm text-slate-600">{interpolate(t.lookalike.enteredAt, { time: formatTime(stay.entryAt, locale) })}</span>
              </span>
              <span className={`ms-auto ${buttonClass("primary", large ? "lg" : "md")}`}>
                {sending === stay.plate ? t.exit.submitting : t.lookalike.exitThis}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
