"use client";

import { useI18n } from "@/components/i18n-provider";
import type { GateDirection } from "@/lib/gate/cooldown";

const STYLES: Record<GateDirection, string> = {
  entry: "aria-checked:bg-emerald-600 aria-checked:text-white aria-checked:ring-emerald-600",
  exit: "aria-checked:bg-blue-700 aria-checked:text-white aria-checked:ring-blue-700",
};

/** Which way this tablet's gate lets cars through; set once per device and remembered there. */
export function DirectionSwitch({ direction, onChange }: { direction: GateDirection; onChange: (direction: GateDirection) => void }) {
  const { t } = useI18n();
  return (
    <div role="radiogroup" aria-label={t.gate.direction} className="inline-flex gap-1 rounded-xl bg-white p-1 ring-1 ring-slate-200">
      {(["entry", "exit"] as const).map((value) => (
        <button
          key={value}
          type="button"
          role="radio"
          aria-checked={direction === value}
          onClick={() => onChange(value)}
          className={`h-12 min-w-24 rounded-lg px-5 text-lg font-bold text-slate-700 ring-1 ring-transparent hover:bg-slate-100 ${STYLES[value]}`}
        >
          {t.gate[value]}
        </button>
      ))}
    </div>
  );
}
