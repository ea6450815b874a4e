"use client";

import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { formatNumber, formatTime } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/messages";
import type { DashboardResponse } from "@/lib/parking/activity-json";

type DashboardGate = DashboardResponse["gates"][number];

const BACKEND_NAMES: Record<string, string> = { webgpu: "WebGPU", wasm: "WASM" };

function GateFigures({ gate }: { gate: DashboardGate }) {
  const { locale, t } = useI18n();
  if (!gate.lastHeartbeatAt) return <span className="text-xs text-slate-500">{t.gates.noHeartbeat}</span>;
  const figures = [
    interpolate(t.gates.lastHeartbeat, { time: formatTime(gate.lastHeartbeatAt, locale) }),
    gate.cameraOn ? t.gates.cameraOn : t.gates.cameraOff,
    gate.backend ? BACKEND_NAMES[gate.backend] ?? gate.backend : null,
    gate.fps === null ? null : interpolate(t.gates.fps, { fps: formatNumber(Math.round(gate.fps * 10) / 10, locale) }),
    interpolate(t.gates.pending, { count: formatNumber(gate.pendingReads ?? 0, locale) }),
  ].filter(Boolean);
  return <span className="text-xs text-slate-600">{figures.join(" · ")}</span>;
}

/** Each active gate online or offline with its last heartbeat; a gate silent for 2 minutes is called out above. */
export function GatesPanel({ gates }: { gates: DashboardGate[] }) {
  const { locale, t } = useI18n();
  if (gates.length === 0) return null;
  const silent = gates.filter((gate) => !gate.online);
  return (
    <section aria-labelledby="gates-status-heading" data-testid="gates-panel" className="flex flex-col gap-2">
      <h2 id="gates-status-heading" className="font-bold">
        {t.gates.status}
      </h2>
      {silent.map((gate) => (
        <Alert key={gate.id} tone="error">
          <span data-testid="gate-silent" data-gate={gate.name}>
            {gate.silentMinutes === null
              ? interpolate(t.gates.neverHeard, { name: gate.name })
              : interpolate(t.gates.silent, { name: gate.name, minutes: formatNumber(gate.silentMinutes, locale) })}
          </span>
        </Alert>
      ))}
      <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {gates.map((gate) => (
          <li key={gate.id} data-testid="gate-status" data-gate={gate.name} data-online={gate.online} className="flex flex-col gap-1 rounded-xl bg-white p-3 shadow-sm ring-1 ring-slate-200">
            <div className="flex items-center justify-between gap-2">
              <span className="font-semibold">
                {gate.name} <span className="text-xs font-normal text-slate-500">· {t.gates[gate.direction]}</span>
              </span>
              <span className={`shrink-0 rounded-full px-2 py-0.5 text-xs font-semibold ${gate.online ? "bg-emerald-100 text-emerald-800" : "bg-rose-100 text-rose-800"}`}>
                {gate.online ? t.gates.online : t.gates.offline}
              </span>
            </div>
            <GateFigures gate={gate} />
          </li>
        ))}
      </ul>
    </section>
  );
}
