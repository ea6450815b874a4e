"use client";

import { useState, useTransition, type FormEvent, type ReactNode } from "react";
import { useSWRConfig } from "swr";
import { callAction } from "@/components/call-action";
import { useI18n } from "@/components/i18n-provider";
import { PlateField } from "@/components/plate/plate-field";
import { checkPlate, EMPTY_PLATE, partsFromText, type PlateParts } from "@/components/plate/plate-parts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import { newRequestId } from "@/lib/request-id";

export type PlateAction<T> = (input: { plate: string; requestId: string }) => Promise<ActionResult<T>>;

type PlateFormProps<T> = {
  action: PlateAction<T>;
  onSuccess: (data: T) => void;
  onCancel: () => void;
  submitLabel: string;
  pendingLabel: string;
  variant: "success" | "danger";
  initialPlate?: string;
  /** The plate was changed: an answer about the previous plate no longer applies. */
  onEdit?: () => void;
  notice?: ReactNode;
  /** Fields after the plate (the exit's payment method). */
  children?: ReactNode;
};

/** Refreshes every live view (dashboard, cars inside) after a write. */
export function useRefreshLiveData(): () => Promise<unknown> {
  const { mutate } = useSWRConfig();
  return () => mutate((key) => typeof key === "string" && key.startsWith("/api/app/"));
}

/** Plate input plus submit for the entry and exit dialogs; one request id per plate, so a retry never registers twice. */
export function PlateForm<T>({ action, onSuccess, onCancel, submitLabel, pendingLabel, variant, initialPlate, onEdit, notice, children }: PlateFormProps<T>) {
  const { locale, t } = useI18n();
  const refresh = useRefreshLiveData();
  const [parts, setParts] = useState<PlateParts>(() => (initialPlate && partsFromText(initialPlate)) || EMPTY_PLATE);
  const [round, setRound] = useState(0);
  const [showErrors, setShowErrors] = useState(false);
  const [requestId, setRequestId] = useState(() => newRequestId());
  const [failure, setFailure] = useState<{ message: string; onPlate: boolean } | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: FormEvent) {
    event.preventDefault();
    const check = checkPlate(parts);
    if (check.state !== "valid") {
      setShowErrors(true);
      return;
    }
    startTransition(async () => {
      const result = await callAction(action, { plate: check.plate.canonical, requestId });
      if (!result.ok) {
        const plateError = result.fieldErrors?.plate?.[locale];
        setFailure({ message: plateError ?? result.error[locale], onPlate: Boolean(plateError) });
        return;
      }
      await refresh();
      setParts(EMPTY_PLATE);
      setShowErrors(false);
      setFailure(null);
      setRequestId(newRequestId());
      setRound((n) => n + 1);
      onSuccess(result.data);
    });
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      {notice}
      <PlateField
        key={round}
        value={parts}
        onChange={(value) => {
          setParts(value);
          setFailure(null);
          setRequestId(newRequestId());
          onEdit?.();
        }}
        serverError={failure?.onPlate ? failure.message : undefined}
        showErrors={showErrors}
        autoFocus
      />
      {children}
      {failure && !failure.onPlate && <Alert tone="error">{failure.message}</Alert>}
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={onCancel}>
          {t.common.cancel}
        </Button>
        <Button type="submit" variant={variant} disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </Button>
      </div>
    </form>
  );
}
