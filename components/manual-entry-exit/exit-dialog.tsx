"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ExitReceipt, type ExitSummary } from "./exit-receipt";
import { PlateForm, type PlateAction } from "./plate-form";

type ExitDialogProps = { open: boolean; onClose: () => void; action: PlateAction<ExitSummary>; initialPlate?: string };

/** After a successful exit the receipt (cost and stay) replaces the form until the operator moves on. */
export function ExitDialog({ open, onClose, action, initialPlate }: ExitDialogProps) {
  const { t } = useI18n();
  const [exited, setExited] = useState<ExitSummary | null>(null);

  function close() {
    setExited(null);
    onClose();
  }

  return (
    <Dialog open={open} onClose={close} title={t.exit.title}>
      {exited ? (
        <div className="flex flex-col gap-4">
          <ExitReceipt exit={exited} />
          <div className="flex flex-wrap justify-end gap-2">
            <Button variant="secondary" onClick={close}>
              {t.common.close}
            </Button>
            <Button onClick={() => setExited(null)} autoFocus>
              {t.exit.another}
            </Button>
          </div>
        </div>
      ) : (
        <PlateForm
          action={action}
          onSuccess={setExited}
          onCancel={close}
          submitLabel={t.exit.submit}
          pendingLabel={t.exit.submitting}
          variant="danger"
          initialPlate={initialPlate}
        />
      )}
    </Dialog>
  );
}
