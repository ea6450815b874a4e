"use client";

import { useI18n } from "@/components/i18n-provider";
import { Button } from "./button";
import { Dialog } from "./dialog";

type ConfirmDialogProps = {
  title: string;
  body: string;
  confirmLabel: string;
  pending: boolean;
  onConfirm: () => void;
  onClose: () => void;
};

/** Asks before a destructive step; Cancel has the focus so Enter alone never confirms. */
export function ConfirmDialog({ title, body, confirmLabel, pending, onConfirm, onClose }: ConfirmDialogProps) {
  const { t } = useI18n();
  return (
    <Dialog open onClose={onClose} title={title}>
      <p className="text-sm text-slate-700">{body}</p>
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={onClose} data-autofocus>
          {t.common.cancel}
        </Button>
        <Button variant="danger" disabled={pending} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
