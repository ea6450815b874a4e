"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Dialog } from "@/components/ui/dialog";
import { PlateBadge } from "@/components/plate/plate-badge";
import { formatTime } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/messages";
import { PlateForm, type PlateAction } from "./plate-form";

type Entered = { plate: string; entryAt: Date };

/** Stays open after a successful entry with an empty plate, ready for the next car. */
export function EntryDialog({ open, onClose, action }: { open: boolean; onClose: () => void; action: PlateAction<Entered> }) {
  const { locale, t } = useI18n();
  const [entered, setEntered] = useState<Entered | null>(null);

  function close() {
    setEntered(null);
    onClose();
  }

  return (
    <Dialog open={open} onClose={close} title={t.entry.title}>
      <PlateForm
        action={action}
        onSuccess={setEntered}
        onCancel={close}
        submitLabel={t.entry.submit}
        pendingLabel={t.entry.submitting}
        variant="success"
        notice={
          entered && (
            <Alert tone="success">
              <span className="flex flex-wrap items-center gap-2">
                <span>{t.entry.success}</span>
                <PlateBadge plate={entered.plate} />
                <span>{interpolate(t.entry.at, { time: formatTime(entered.entryAt, locale) })}</span>
              </span>
            </Alert>
          )
        }
      />
    </Dialog>
  );
}
