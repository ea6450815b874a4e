"use client";

import Link from "next/link";
import { useState } from "react";
import useSWR from "swr";
import { EntryDialog } from "@/components/manual-entry-exit/entry-dialog";
import { ExitDialog } from "@/components/manual-entry-exit/exit-dialog";
import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatNumber } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/messages";
import type { DashboardResponse } from "@/lib/parking/activity-json";
import { registerEntryAction, registerExitAction } from "../parking-actions";
import { ActivityTable } from "./activity-table";
import { GatesPanel } from "./gates-panel";
import { StatusCards } from "./status-cards";

/** Polled every second so a change made at another gate shows here within two seconds. */
const REFRESH_MS = 1000;

export function DashboardView({ initial }: { initial: DashboardResponse }) {
  const { locale, t } = useI18n();
  const [dialog, setDialog] = useState<"entry" | "exit" | null>(null);
  const { data = initial, error } = useSWR<DashboardResponse>("/api/app/dashboard", {
    fallbackData: initial,
    refreshInterval: REFRESH_MS,
    revalidateOnMount: false,
  });
  const close = () => setDialog(null);

  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t.dashboard.title}</h1>
          <p className="text-sm text-slate-600" data-testid="lot-name">
            {data.status.lotName}
          </p>
        </div>
        <div className="flex w-full gap-2 sm:w-auto">
          <Button variant="success" size="lg" className="flex-1 sm:flex-none" onClick={() => setDialog("entry")}>
            {t.dashboard.registerEntry}
          </Button>
          <Button variant="danger" size="lg" className="flex-1 sm:flex-none" onClick={() => setDialog("exit")}>
            {t.dashboard.registerExit}
          </Button>
        </div>
      </div>
      {error && <Alert tone="error">{t.common.loadError}</Alert>}
      {data.lateReads ? (
        <Alert tone="info">
          <span data-testid="late-reads-notice">
            {interpolate(t.dashboard.lateReads, { count: formatNumber(data.lateReads, locale) })}{" "}
            <Link href="/admin/audit?action=gate.late_read" className="font-semibold underline">
              {t.dashboard.lateReadsLink}
            </Link>
          </span>
        </Alert>
      ) : null}
      <StatusCards status={data.status} />
      <GatesPanel gates={data.gates} />
      <ActivityTable items={data.recent} />
      <EntryDialog open={dialog === "entry"} onClose={close} action={registerEntryAction} occupancy={data.status} />
      <ExitDialog open={dialog === "exit"} onClose={close} action={registerExitAction} />
    </div>
  );
}
