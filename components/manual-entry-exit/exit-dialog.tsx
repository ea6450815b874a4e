"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { ActionResult } from "@/lib/action-result";
import type { ChosenPaymentMethod } from "@/lib/parking/payment";
import { ExitReceipt, type ExitSummary } from "./exit-receipt";
import { DEFAULT_PAYMENT_VALUE, PaymentFields, type PaymentValue } from "./payment-fields";
import { PlateForm } from "./plate-form";

type ExitActionInput = { plate: string; requestId: string; payment_method: ChosenPaymentMethod; exempt_reason?: string | null };
export type ExitAction = (input: ExitActionInput) => Promise<ActionResult<ExitSummary>>;

type ExitDialogProps = { open: boolean; onClose: () => void; action: ExitAction; initialPlate?: string };

/** After a successful exit the receipt (cost and stay) replaces the form until the operator moves on. */
export function ExitDialog({ open, onClose, action, initialPlate }: ExitDialogProps) {
  const { t } = useI18n();
  const [exited, setExited] = useState<ExitSummary | null>(null);
  const [payment, setPayment] = useState<PaymentValue>(DEFAULT_PAYMENT_VALUE);

  function close() {
    setExited(null);
    setPayment(DEFAULT_PAYMENT_VALUE);
    onClose();
  }

  async function exitWithPayment(input: { plate: string; requestId: string }): Promise<ActionResult<ExitSummary>> {
    const exempt = payment.method === "exempt";
    const result = await action({ ...input, payment_method: payment.method, exempt_reason: exempt ? payment.reason : null });
    // The reason's own message says more than the form's "not valid".
    const reasonError = !result.ok && result.fieldErrors?.exempt_reason;
    return reasonError && !result.ok ? { ...result, error: { ...result.error, ...reasonError } } : result;
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
            <Button onClick={() => { setExited(null); setPayment(DEFAULT_PAYMENT_VALUE); }} autoFocus>
              {t.exit.another}
            </Button>
          </div>
        </div>
      ) : (
        <PlateForm
          action={exitWithPayment}
          onSuccess={setExited}
          onCancel={close}
          submitLabel={t.exit.submit}
          pendingLabel={t.exit.submitting}
          variant="danger"
          initialPlate={initialPlate}
        >
          <PaymentFields value={payment} onChange={setPayment} />
        </PlateForm>
      )}
    </Dialog>
  );
}
