"use client";

import { useI18n } from "@/components/i18n-provider";
import { TextField } from "@/components/ui/text-field";
import { CHOSEN_PAYMENT_METHODS, EXEMPT_REASON_MAX, type ChosenPaymentMethod } from "@/lib/parking/payment";

export type PaymentValue = { method: ChosenPaymentMethod; reason: string };

export const DEFAULT_PAYMENT_VALUE: PaymentValue = { method: "cash", reason: "" };

type PaymentFieldsProps = { value: PaymentValue; onChange: (value: PaymentValue) => void };

/** How the driver pays, asked with the plate: cash by default, card, or exempt with a reason. */
export function PaymentFields({ value, onChange }: PaymentFieldsProps) {
  const { t } = useI18n();
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium text-slate-700">{t.payment.method}</legend>
      <div className="grid grid-cols-3 gap-2" data-testid="payment-methods">
        {CHOSEN_PAYMENT_METHODS.map((method) => (
          <label
            key={method}
            className="flex h-10 cursor-pointer items-center justify-center rounded-lg text-sm font-medium ring-1 ring-slate-300 has-[:checked]:bg-blue-700 has-[:checked]:text-white has-[:checked]:ring-blue-700 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-blue-600"
          >
            <input
              type="radio"
              name="payment-method"
              value={method}
              checked={value.method === method}
              onChange={() => onChange({ ...value, method })}
              className="sr-only"
            />
            {t.payment[method]}
          </label>
        ))}
      </div>
      {value.method === "exempt" && (
        <TextField
          label={t.payment.exemptReason}
          help={t.payment.exemptReasonHelp}
          value={value.reason}
          maxLength={EXEMPT_REASON_MAX}
          onChange={(event) => onChange({ ...value, reason: event.target.value })}
        />
      )}
    </fieldset>
  );
}
