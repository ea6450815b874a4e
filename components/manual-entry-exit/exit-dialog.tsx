"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { ActionResult } from "@/lib/action-result";
import type { ChosenPaymentMethod } from "@/lib/parking/payment";
import { ExitLookalikes, lookalikeChoice, type LookalikeChoice } from "./exit-lookalikes";
import { ExitReceipt, type ExitSummary } from "./exit-receipt";
import { DEFAULT_PAYMENT_VALUE, PaymentFields, type PaymentValue } from "./payment-fields";
import { PlateForm } from "./plate-form";

/** read_plate: the plate typed, when the operator picked a look-alike car inside instead. */
type ExitActionInput = { plate: string; requestId: string; payment_method: ChosenPaymentMethod; exempt_reason?: string | null; read_plate?: string };
export type ExitAction = (input: ExitActionInput) => Promise<ActionResult<ExitSummary>>;

type ExitDialogProps = { open: boolean; onClose: () => void; action: ExitAction; initialPlate?: string };

/** After a successful exit the receipt (cost and stay) replaces the form until the operator moves on. */
export function ExitDialog({ open, onClose, action, initialPlate }: ExitDialogProps) {
  const { t } = useI18n();
  const [exited, setExited] = useState<ExitSummary | null>(null);
  const [payment, setPayment] = useState<PaymentValue>(DEFAULT_PAYMENT_VALUE);
  const [lookalikes, setLookalikes] = useState<LookalikeChoice | null>(null);

  function close() {
    setExited(null);
    setPayment(DEFAULT_PAYMENT_VALUE);
    setLookalikes(null);
    onClose();
  }

  function showReceipt(summary: ExitSummary) {
    setLookalikes(null);
    setExited(summary);
  }

  async function exitWithPayment(input: { plate: string; requestId: string; read_plate?: string }): Promise<ActionResult<ExitSummary>> {
    const exempt = payment.method === "exempt";
    const result = await action({ ...input, payment_method: payment.method, exempt_reason: exempt ? payment.reason : null });
    if (!input.read_plate) setLookalikes(lookalikeChoice(input.plate, result));
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
        <div className="flex flex-col gap-3">
          <PlateForm
            action={exitWithPayment}
            onSuccess={showReceipt}
            onCancel={close}
            onEdit={() => setLookalikes(null)}
            submitLabel={t.exit.submit}
            pendingLabel={t.exit.submitting}
            variant="danger"
            initialPlate={initialPlate}
          >
            <PaymentFields value={payment} onChange={setPayment} />
          </PlateForm>
          {lookalikes && <ExitLookalikes choice={lookalikes} exit={exitWithPayment} onExited={showReceipt} />}
        </div>
      )}
    </Dialog>
  );
}
