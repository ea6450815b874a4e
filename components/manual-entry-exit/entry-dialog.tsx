"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Dialog } from "@/components/ui/dialog";
import { PlateBadge } from "@/components/plate/plate-badge";
import { WatchAlert } from "@/components/parking-session/pass-notice";
import { formatNumber, formatTime } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/messages";
import { PlateForm } from "./plate-form";
import { PrintLink } from "@/components/receipt/print-link";
import { VehicleClassSelect } from "@/components/tariff/vehicle-class-select";
import type { ActionResult } from "@/lib/action-result";
import type { VehicleClass } from "@/lib/parking/tariff-plan";

type Entered = { entryId?: number; plate: string; entryAt: Date; alert?: { reason: string } };
type Occupancy = { capacity: number; active: number; free: number };
type EntryAction = (input: { plate: string; requestId: string; vehicle_class: VehicleClass }) => Promise<ActionResult<Entered>>;
type EntryDialogProps = { open: boolean; onClose: () => void; action: EntryAction; occupancy: Occupancy };

/**
 * Stays open after a successful entry with an empty plate, ready for the next car. A full lot is
 * said as soon as it opens (the dashboard's live status), not only when the server refuses.
 */
export function EntryDialog({ open, onClose, action, occupancy }: EntryDialogProps) {
  const { locale, t } = useI18n();
  const [entered, setEntered] = useState<Entered | null>(null);
  // The tariff plan's class; back to car after each entry, the usual case.
  const [vehicleClass, setVehicleClass] = useState<VehicleClass>("car");

  function close() {
    setEntered(null);
    onClose();
  }

  return (
    <Dialog open={open} onClose={close} title={t.entry.title}>
      <PlateForm
        action={(input) => action({ ...input, vehicle_class: vehicleClass })}
        onSuccess={(result) => { setEntered(result); setVehicleClass("car"); }}
        onCancel={close}
        submitLabel={t.entry.submit}
        pendingLabel={t.entry.submitting}
        variant="success"
        notice={
          <>
            {occupancy.free <= 0 && (
              <Alert tone="error">
                <span data-testid="entry-lot-full">
                  {interpolate(t.entry.lotFull, {
                    inside: formatNumber(occupancy.active, locale),
                    capacity: formatNumber(occupancy.capacity, locale),
                  })}
                </span>
              </Alert>
            )}
            {entered && (
              <Alert tone="success">
                <span className="flex flex-wrap items-center gap-2">
                  <span>{t.entry.success}</span>
                  <PlateBadge plate={entered.plate} />
                  <span>{interpolate(t.entry.at, { time: formatTime(entered.entryAt, locale) })}</span>
                  {entered.entryId !== undefined && (
                    <PrintLink stayId={entered.entryId} kind="entry" label={t.receipt.printTicket} testId="print-ticket" />
                  )}
                </span>
              </Alert>
            )}
            <WatchAlert alert={entered?.alert} />
          </>
        }
      >
        <VehicleClassSelect value={vehicleClass} onChange={setVehicleClass} />
      </PlateForm>
    </Dialog>
  );
}
