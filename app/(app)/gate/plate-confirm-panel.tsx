"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { useI18n } from "@/components/i18n-provider";
import { PlateField } from "@/components/plate/plate-field";
import { checkPlate, EMPTY_PLATE, partsFromText, type PlateParts } from "@/components/plate/plate-parts";
import { Button } from "@/components/ui/button";
import type { GateDirection } from "@/lib/gate/cooldown";
import type { Reading } from "@/lib/gate/car-decision";
import { formatPercent } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/messages";

export type PlateSubmission = { plate: string; source: "confirmed" | "manual"; confidence: number | null };

type PlateConfirmPanelProps = {
  direction: GateDirection;
  suggestion: Reading | null;
  unreadable: boolean;
  /** Set while the result card asks for this car's plate to be typed (one id per car): the input is highlighted and focused. */
  typeRequest: number | null;
  onSubmit: (submission: PlateSubmission) => void;
};

/**
 * The plate input follows the camera's best reading until the operator edits it; then it holds
 * what they typed. One tap sends it: "confirmed" when the reading was sent as read, "manual" otherwise.
 */
export function PlateConfirmPanel({ direction, suggestion, unreadable, typeRequest, onSubmit }: PlateConfirmPanelProps) {
  const { locale, t } = useI18n();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<PlateParts | null>(null);
  const [showErrors, setShowErrors] = useState(false);
  const following = draft === null && suggestion !== null;
  const value = draft ?? (suggestion && partsFromText(suggestion.plate)) ?? EMPTY_PLATE;

  useEffect(() => {
    const form = formRef.current;
    // Not while the operator is already in the form: the focus would jump out of the box they are typing in.
    if (typeRequest === null || !form || form.contains(document.activeElement)) return;
    form.querySelector("input")?.focus(); // the plate's first box
  }, [typeRequest]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const check = checkPlate(value);
    if (check.state !== "valid") {
      setShowErrors(true);
      return;
    }
    onSubmit({
      plate: check.plate.canonical,
      source: following ? "confirmed" : "manual",
      confidence: following ? suggestion.confidence : null,
    });
    setDraft(null);
    setShowErrors(false);
  }

  const status = following
    ? interpolate(t.gate.confidence, { percent: formatPercent(suggestion.confidence, locale) })
    : draft === null
      ? unreadable ? t.gate.unreadable : t.gate.waiting
      : null;

  return (
    <form
      ref={formRef}
      onSubmit={submit}
      noValidate
      aria-label={t.gate.reading}
      data-highlight={typeRequest !== null}
      className={`flex flex-col gap-3 rounded-2xl bg-white p-4 ${typeRequest === null ? "ring-1 ring-slate-200" : "ring-4 ring-rose-400"}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="font-bold text-slate-800">{t.gate.reading}</h2>
        {status && (
          <span data-testid={following ? "gate-confidence" : "gate-reading-status"} className={`text-sm ${unreadable && !following ? "text-rose-700" : "text-slate-600"}`}>
            {status}
          </span>
        )}
      </div>
      <PlateField
        value={value}
        onChange={(next) => {
          setDraft(next);
          setShowErrors(false);
        }}
        showErrors={showErrors}
      />
      <div className="flex gap-2">
        <Button type="submit" size="lg" variant={direction === "entry" ? "success" : "primary"} className="flex-1" data-testid="gate-submit">
          {direction === "entry" ? t.gate.confirmEntry : t.gate.confirmExit}
        </Button>
        <Button size="lg" variant="secondary" onClick={() => setDraft(EMPTY_PLATE)}>
          {t.gate.clear}
        </Button>
      </div>
    </form>
  );
}
