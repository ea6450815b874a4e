"use client";

import { useId, useState } from "react";
import useSWR from "swr";
import { ExitDialog } from "@/components/manual-entry-exit/exit-dialog";
import { useI18n } from "@/components/i18n-provider";
import { useNow } from "@/components/use-now";
import { PlateBadge } from "@/components/plate/plate-badge";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatDateTime, formatDuration, formatNumber, formatToman } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/messages";
import type { ActivityJson } from "@/lib/parking/activity-json";
import type { InsideCarJson } from "@/lib/parking/inside-car-json";
import { registerExitAction } from "../parking-actions";
import { SessionDetailsDialog } from "@/components/parking-session/session-details-dialog";
import { SnapshotThumb } from "@/components/parking-session/snapshot-image";

const REFRESH_MS = 1500;

export function InsideList({ initial }: { initial: InsideCarJson[] }) {
  const { locale, t } = useI18n();
  const searchId = useId();
  const [query, setQuery] = useState("");
  const [leaving, setLeaving] = useState<string | null>(null);
  const [details, setDetails] = useState<ActivityJson | null>(null);
  const now = useNow();
  const q = query.trim();
  const { data = initial, error, isLoading } = useSWR<InsideCarJson[]>(`/api/app/inside?q=${encodeURIComponent(q)}`, {
    fallbackData: q ? undefined : initial,
    refreshInterval: REFRESH_MS,
  });

  const stay = (iso: string) =>
    now === null ? t.common.none : formatDuration(Math.max(0, Math.floor((now - new Date(iso).getTime()) / 60_000)), locale);

  return (
    <section className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex min-w-0 flex-1 flex-col gap-1 sm:max-w-xs">
          <label htmlFor={searchId} className="text-sm font-medium text-slate-700">
            {t.inside.searchLabel}
          </label>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder={t.inside.searchPlaceholder}
            autoComplete="off"
            className="h-10 rounded-lg border border-slate-300 bg-white px-3"
          />
        </div>
        <p className="text-sm text-slate-600" aria-live="polite" data-testid="inside-count">
          {interpolate(data.length === 1 ? t.inside.countOne : t.inside.count, { count: formatNumber(data.length, locale) })}
        </p>
      </div>
      {error && <Alert tone="error">{t.common.loadError}</Alert>}
      {data.length === 0 ? (
        <p className="rounded-xl bg-white px-4 py-8 text-center text-slate-500 ring-1 ring-slate-200">
          {isLoading ? t.common.loading : q ? t.inside.noMatch : t.inside.empty}
        </p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="inside-list">
          {data.map((car) => (
            <li key={car.id} data-plate={car.plate} className="flex flex-col gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
              <div className="flex items-center justify-between gap-2">
                <PlateBadge plate={car.plate} />
                <span className="flex gap-1">
                  <Button size="sm" variant="ghost" onClick={() => setDetails(car)}>
                    {t.activity.details}
                  </Button>
                  <Button size="sm" variant="secondary" onClick={() => setLeaving(car.plate)}>
                    {t.inside.exit}
                  </Button>
                </span>
              </div>
              <div className="flex items-end justify-between gap-3">
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                  <dt className="text-slate-500">{t.activity.entryAt}</dt>
                  <dd>{formatDateTime(car.entryAt, locale)}</dd>
                  <dt className="text-slate-500">{t.inside.since}</dt>
                  <dd className="font-semibold">{stay(car.entryAt)}</dd>
                  <dt className="text-slate-500">{t.inside.owedSoFar}</dt>
                  <dd className="font-semibold tabular-nums" data-testid="owed-so-far">
                    {formatToman(car.owedSoFar, locale)}
                  </dd>
                </dl>
                {car.entrySnapshot && (
                  <button
                    type="button"
                    onClick={() => setDetails(car)}
                    aria-label={t.activity.entrySnapshot}
                    className="shrink-0 rounded focus-visible:outline-2 focus-visible:outline-blue-600"
                  >
                    <SnapshotThumb name={car.entrySnapshot} alt={t.activity.entrySnapshot} />
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <SessionDetailsDialog
        item={details}
        onClose={() => setDetails(null)}
        onExit={(plate) => {
          setDetails(null);
          setLeaving(plate);
        }}
      />
      {leaving && (
        <ExitDialog open onClose={() => setLeaving(null)} action={registerExitAction} initialPlate={leaving} />
      )}
    </section>
  );
}
