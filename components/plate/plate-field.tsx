"use client";

import { useId } from "react";
import { useI18n } from "@/components/i18n-provider";
import { CATEGORY_LABELS, plateCategory, plateProvince } from "@/lib/parking/plate-info";
import { provinceName } from "@/lib/parking/province-names";
import { PlateInput } from "./plate-input";
import { checkPlate, type PlateParts } from "./plate-parts";

type PlateFieldProps = {
  value: PlateParts;
  onChange: (value: PlateParts) => void;
  /** A server-side message for the plate (e.g. "already inside"), shown in place of the live check. */
  serverError?: string;
  /** Set after a submit attempt: unfinished plates are then shown as errors, not hints. */
  showErrors?: boolean;
  autoFocus?: boolean;
};

export function PlateField({ value, onChange, serverError, showErrors, autoFocus }: PlateFieldProps) {
  const { locale, t } = useI18n();
  const labelId = useId();
  const messageId = useId();
  const check = checkPlate(value);
  const isError = Boolean(serverError) || check.state === "invalid" || (showErrors && check.state !== "valid");

  let message: string = t.plate.hint;
  if (serverError) message = serverError;
  else if (check.state === "valid") {
    const category = CATEGORY_LABELS[plateCategory(check.plate)][locale];
    const province = provinceName(plateProvince(check.plate), locale);
    message = [t.plate.valid, category, province].filter(Boolean).join(" · ");
  } else if (check.state !== "empty") message = check.error[locale];
  else if (showErrors) message = t.plate.required;

  const tone = isError ? "text-rose-700" : check.state === "valid" ? "text-emerald-700" : "text-slate-500";

  return (
    <div role="group" aria-labelledby={labelId} className="flex flex-col gap-2">
      <span id={labelId} className="text-sm font-medium text-slate-700">
        {t.plate.label}
      </span>
      <PlateInput
        value={value}
        onChange={onChange}
        describedBy={messageId}
        invalid={isError}
        autoFocus={autoFocus}
      />
      <p id={messageId} aria-live="polite" className={`min-h-10 text-sm ${tone}`}>
        {check.state === "valid" && !serverError && <span aria-hidden>✓ </span>}
        {message}
      </p>
    </div>
  );
}
