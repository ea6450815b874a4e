"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { PlateBadge } from "@/components/plate/plate-badge";
import { AlertFlag } from "@/components/parking-session/pass-notice";
import { Button } from "@/components/ui/button";
import { formatDateTime, formatDuration, formatToman } from "@/lib/i18n/format";
import type { ActivityJson } from "@/lib/parking/activity-json";
import { ExitDialog } from "@/components/manual-entry-exit/exit-dialog";
import { SessionDetailsDialog } from "@/components/parking-session/session-details-dialog";
import { SnapshotThumb } from "@/components/parking-session/snapshot-image";
import { StatusBadge } from "@/components/parking-session/status-badge";
import { registerExitAction } from "../parking-actions";

/** The gate's entry and exit photos of a stay; each opens the stay's details. */
function Snapshots({ item, onOpen }: { item: ActivityJson; onOpen: () => void }) {
  const { t } = useI18n();
  const shots = [
    { name: item.entrySnapshot, label: t.activity.entrySnapshot },
    { name: item.exitSnapshot, label: t.activity.exitSnapshot },
  ].filter((shot): shot is { name: string; label: string } => shot.name !== null);
  if (shots.length === 0) return null;
  return (
    <div className="flex gap-1.5">
      {shots.map((shot) => (
        <button key={shot.name} type="button" onClick={onOpen} aria-label={shot.label} className="rounded focus-visible:outline-2 focus-visible:outline-blue-600">
          <SnapshotThumb name={shot.name} alt={shot.label} />
        </button>
      ))}
    </div>
  );
}

/** A table on wide screens; cards on phones (one column) and tablets (two). */
export function ActivityTable({ items }: { items: ActivityJson[] }) {
  const { locale, t } = useI18n();
  const [selected, setSelected] = useState<ActivityJson | null>(null);
  const [leaving, setLeaving] = useState<string | null>(null);
  const dash = t.common.none;
  const rows = items.map((item) => ({
    item,
    entry: formatDateTime(item.entryAt, locale),
    exit: item.exitAt ? formatDateTime(item.exitAt, locale) : dash,
    duration: item.durationMinutes === null ? dash : formatDuration(item.durationMinutes, locale),
    cost: item.cost === null ? dash : formatToman(item.cost, locale),
  }));

  return (
    <section aria-labelledby="recent-heading" className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
      <h2 id="recent-heading" className="border-b border-slate-200 px-4 py-3 font-bold">
        {t.dashboard.recent}
      </h2>
      {rows.length === 0 ? (
        <p className="px-4 py-8 text-center text-slate-500">{t.dashboard.empty}</p>
      ) : (
        <>
          <table className="hidden w-full text-sm lg:table" data-testid="activity-table">
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                {[t.activity.plate, t.activity.status, t.activity.entryAt, t.activity.exitAt, t.activity.duration, t.activity.cost, t.activity.photos].map((label) => (
                  <th key={label} scope="col" className="px-4 py-2 text-start font-medium">
                    {label}
                  </th>
                ))}
                <th scope="col" className="px-4 py-2">
                  <span className="sr-only">{t.activity.details}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((row) => (
                <tr key={row.item.id} data-plate={row.item.plate}>
                  <td className="px-4 py-2">
                    <PlateBadge plate={row.item.plate} />
                    <AlertFlag reason={row.item.alert} />
                  </td>
                  <td className="px-4 py-2">
                    <StatusBadge status={row.item.status} />
                  </td>
                  <td className="px-4 py-2 tabular-nums">{row.entry}</td>
                  <td className="px-4 py-2 tabular-nums">{row.exit}</td>
                  <td className="px-4 py-2">{row.duration}</td>
                  <td className="px-4 py-2 tabular-nums">{row.cost}</td>
                  <td className="px-4 py-1">
                    <Snapshots item={row.item} onOpen={() => setSelected(row.item)} />
                  </td>
                  <td className="px-4 py-2 text-end">
                    <Button variant="ghost" size="sm" onClick={() => setSelected(row.item)}>
                      {t.activity.details}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="divide-y divide-slate-100 md:grid md:grid-cols-2 md:divide-y-0 lg:hidden" data-testid="activity-cards">
            {rows.map((row) => (
              <li key={row.item.id} data-plate={row.item.plate} className="flex flex-col gap-2 px-4 py-3 text-sm md:border-b md:border-slate-100 md:odd:border-e">
                <div className="flex items-center justify-between gap-2">
                  <PlateBadge plate={row.item.plate} />
                  <AlertFlag reason={row.item.alert} />
                  <StatusBadge status={row.item.status} />
                </div>
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-slate-700">
                  <dt className="text-slate-500">{t.activity.entryAt}</dt>
                  <dd>{row.entry}</dd>
                  {row.item.exitAt && (
                    <>
                      <dt className="text-slate-500">{t.activity.exitAt}</dt>
                      <dd>{row.exit}</dd>
                      <dt className="text-slate-500">{t.activity.duration}</dt>
                      <dd>{row.duration}</dd>
                      <dt className="text-slate-500">{t.activity.cost}</dt>
                      <dd className="font-semibold">{row.cost}</dd>
                    </>
                  )}
                </dl>
                <div className="flex items-center justify-between gap-2">
                  <Snapshots item={row.item} onOpen={() => setSelected(row.item)} />
                  <Button variant="secondary" size="sm" className="ms-auto" onClick={() => setSelected(row.item)}>
                    {t.activity.details}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      <SessionDetailsDialog
        item={selected}
        onClose={() => setSelected(null)}
        onExit={(plate) => {
          setSelected(null);
          setLeaving(plate);
        }}
      />
      {leaving && <ExitDialog open onClose={() => setLeaving(null)} action={registerExitAction} initialPlate={leaving} />}
    </section>
  );
}
