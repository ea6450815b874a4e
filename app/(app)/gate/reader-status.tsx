"use client";

import { useI18n } from "@/components/i18n-provider";
import type { FrameStats } from "@/lib/gate/frame-stats";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/messages";
import type { ReaderState } from "./use-plate-reader";

const BACKEND_NAMES = { webgpu: "WebGPU", wasm: "WASM" } as const;

/** Model loading progress, then the backend in use and how fast frames are read. */
export function ReaderStatus({ reader, stats }: { reader: ReaderState; stats: FrameStats | null }) {
  const { locale, t } = useI18n();
  if (reader.phase === "failed") {
    return <p role="alert" className="text-sm text-rose-700">{t.gate.modelFailed}</p>;
  }
  if (reader.phase === "loading") {
    const percent = Math.round(reader.progress * 100);
    return (
      <div className="flex items-center gap-3 text-sm text-slate-600">
        <span className="shrink-0">{t.gate.modelLoading}</span>
        <div
          role="progressbar"
          aria-label={t.gate.modelLoading}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          data-testid="gate-model-progress"
          className="h-2 flex-1 overflow-hidden rounded-full bg-slate-200"
        >
          <div className="h-full bg-blue-600 transition-[width]" style={{ width: `${percent}%` }} />
        </div>
        <span className="w-12 shrink-0 text-end tabular-nums">{formatPercent(percent / 100, locale)}</span>
      </div>
    );
  }
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-500">
      <span>
        {t.gate.backend}:{" "}
        <b data-testid="gate-backend" data-threads={reader.threads} className="font-semibold text-slate-700">
          {BACKEND_NAMES[reader.backend]}
        </b>
      </span>
      <span data-testid="gate-fps" data-value={stats ? stats.fps.toFixed(1) : ""}>
        {interpolate(t.gate.fps, { fps: stats ? formatNumber(stats.fps, locale) : "–" })}
      </span>
      <span data-testid="gate-frame-ms" data-value={stats ? stats.medianMs.toFixed(1) : ""}>
        {interpolate(t.gate.msPerFrame, { ms: stats ? formatNumber(stats.medianMs, locale) : "–" })}
      </span>
    </p>
  );
}
