"use client";

import { useId } from "react";
import { useI18n } from "@/components/i18n-provider";
import type { PairableGate } from "@/lib/gate/gate-schema";

export const UNPAIRED = "none";

/**
 * Which named gate this tablet stands at, remembered on the device. A paired tablet's reads carry the
 * gate, its heartbeat reaches the dashboard, and an entry-only or exit-only gate fixes the direction.
 */
export function GatePicker({ gates, gateId, onChange }: { gates: PairableGate[]; gateId: number | null | undefined; onChange: (value: string) => void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-sm font-medium text-slate-700">
        {t.gates.pairedGate}
      </label>
      <select
        id={id}
        data-testid="gate-picker"
        // Unknown until the device's choice is read after hydration: disabled rather than showing "no gate".
        disabled={gateId === undefined}
        value={gateId == null ? UNPAIRED : String(gateId)}
        onChange={(event) => onChange(event.target.value)}
        className="h-12 rounded-lg border border-slate-300 bg-white px-3 text-lg font-semibold text-slate-900 focus:border-blue-600"
      >
        <option value={UNPAIRED}>{t.gates.unpaired}</option>
        {gates.map((gate) => (
          <option key={gate.id} value={String(gate.id)}>
            {gate.name} · {t.gates[gate.direction]}
          </option>
        ))}
      </select>
    </div>
  );
}
