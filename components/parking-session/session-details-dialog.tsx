"use client";

import { useI18n } from "@/components/i18n-provider";
import { PlateBadge } from "@/components/plate/plate-badge";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { formatDateTime, formatDuration, formatToman } from "@/lib/i18n/format";
import type { ActivityJson } from "@/lib/parking/activity-json";
import { SnapshotFigure } from "./snapshot-image";
import { StatusBadge } from "./status-badge";
import { PrintLink } from "@/components/receipt/print-link";

type SessionDetailsProps = {
  item: ActivityJson | null;
  onClose: () => void;
  /** Offered for a car still inside: registers its exit from here (the caller opens its exit dialog). */
  onExit?: (plate: string) => void;
};

/** One stay: when the car came and left, what it paid, and the gate's photo of each moment. */
export function SessionDetailsDialog({ item, onClose, onExit }: SessionDetailsProps) {
  const { locale, t } = useI18n();
  return (
    <Dialog open={item !== null} onClose={onClose} title={t.activity.detailsTitle} size="lg">
      {item && (
        <div className="flex flex-col gap-4" data-testid="session-details">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <PlateBadge plate={item.plate} size="lg" />
            <span className="flex items-center gap-2">
              <StatusBadge status={item.status} />
              {(item.status === "open" || item.status === "closed") && (
                <PrintLink stayId={item.id} kind={item.status === "closed" ? "exit" : "entry"} label={t.receipt.reprint} testId="reprint-receipt" />
              )}
              {item.status === "open" && onExit && (
                <Button variant="danger" size="sm" onClick={() => onExit(item.plate)}>
                  {t.exit.submit}
                </Button>
              )}
            </span>
          </div>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
            <dt className="text-slate-600">{t.activity.entryAt}</dt>
            <dd className="tabular-nums">{formatDateTime(item.entryAt, locale)}</dd>
            <dt className="text-slate-600">{t.activity.exitAt}</dt>
            <dd className="tabular-nums">{item.exitAt ? formatDateTime(item.exitAt, locale) : t.activity.stillInside}</dd>
            {item.durationMinutes !== null && (
              <>
                <dt className="text-slate-600">{t.activity.duration}</dt>
                <dd>{formatDuration(item.durationMinutes, locale)}</dd>
              </>
            )}
            {item.cost !== null && (
              <>
                <dt className="text-slate-600">{t.activity.cost}</dt>
                <dd className="font-semibold tabular-nums">{formatToman(item.cost, locale)}</dd>
              </>
            )}
            {item.paymentMethod && (
              <>
                <dt className="text-slate-600">{t.payment.method}</dt>
                <dd data-testid="details-payment">
                  {t.payment[item.paymentMethod]}
                  {item.exemptReason && <bdi className="text-slate-600"> · {item.exemptReason}</bdi>}
                </dd>
              </>
            )}
            {item.waivedAmount ? (
              <>
                <dt className="text-slate-600">{t.payment.waived}</dt>
                <dd className="tabular-nums">{formatToman(item.waivedAmount, locale)}</dd>
              </>
            ) : null}
            {item.entryGate && (
              <>
                <dt className="text-slate-600">{t.gates.entryGate}</dt>
                <dd data-testid="details-entry-gate">{item.entryGate}</dd>
              </>
            )}
            {item.exitGate && (
              <>
                <dt className="text-slate-600">{t.gates.exitGate}</dt>
                <dd data-testid="details-exit-gate">{item.exitGate}</dd>
              </>
            )}
          </dl>
          <div className="grid gap-4 sm:grid-cols-2">
            <SnapshotFigure name={item.entrySnapshot} caption={t.activity.entrySnapshot} missing={t.activity.noSnapshot} />
            <SnapshotFigure name={item.exitSnapshot} caption={t.activity.exitSnapshot} missing={t.activity.noSnapshot} />
          </div>
        </div>
      )}
    </Dialog>
  );
}
