"use client";

import { useRef, type KeyboardEvent } from "react";
import { useI18n } from "@/components/i18n-provider";
import type { GateDirection } from "@/lib/gate/cooldown";
import { localeDirection } from "@/lib/i18n/locale";

const DIRECTIONS = ["entry", "exit"] as const;

const STYLES: Record<GateDirection, string> = {
  entry: "aria-checked:bg-emerald-600 aria-checked:text-white aria-checked:ring-emerald-600",
  exit: "aria-checked:bg-blue-700 aria-checked:text-white aria-checked:ring-blue-700",
};

/** Arrow keys step through the options; left and right follow the page's direction, as in a native radio group. */
function arrowStep(key: string, pageDirection: "rtl" | "ltr"): -1 | 0 | 1 {
  const forward = pageDirection === "rtl" ? "ArrowLeft" : "ArrowRight";
  const backward = pageDirection === "rtl" ? "ArrowRight" : "ArrowLeft";
  if (key === forward || key === "ArrowDown") return 1;
  if (key === backward || key === "ArrowUp") return -1;
  return 0;
}

/**
 * Which way this tablet's gate lets cars through; set once per device and remembered there. A WAI-ARIA
 * radio group: one tab stop (the checked option), arrows move and select. `direction` is null until
 * the device's stored choice has been read, so no option shows as chosen before it is known.
 */
export function DirectionSwitch({ direction, onChange }: { direction: GateDirection | null; onChange: (direction: GateDirection) => void }) {
  const { locale, t } = useI18n();
  const options = useRef<Partial<Record<GateDirection, HTMLButtonElement | null>>>({});

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, current: GateDirection) {
    const step = arrowStep(event.key, localeDirection(locale));
    if (step === 0) return;
    event.preventDefault();
    const index = (DIRECTIONS.indexOf(current) + step + DIRECTIONS.length) % DIRECTIONS.length;
    const next = DIRECTIONS[index];
    options.current[next]?.focus();
    onChange(next);
  }

  return (
    <div role="radiogroup" aria-label={t.gate.direction} className="inline-flex gap-1 rounded-xl bg-white p-1 ring-1 ring-slate-200">
      {DIRECTIONS.map((value) => (
        <button
          key={value}
          ref={(element) => {
            options.current[value] = element;
          }}
          type="button"
          role="radio"
          aria-checked={direction === value}
          tabIndex={(direction ?? DIRECTIONS[0]) === value ? 0 : -1}
          onClick={() => onChange(value)}
          onKeyDown={(event) => onKeyDown(event, value)}
          className={`h-12 min-w-24 rounded-lg px-5 text-lg font-bold text-slate-700 ring-1 ring-transparent hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 ${STYLES[value]}`}
        >
          {t.gate[value]}
        </button>
      ))}
    </div>
  );
}
