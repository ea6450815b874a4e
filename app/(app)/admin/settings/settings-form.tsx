"use client";

import { useState, useTransition, type FormEvent } from "react";
import { callAction } from "@/components/call-action";
import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { MoneyField } from "@/components/ui/money-field";
import { TextField } from "@/components/ui/text-field";
import { formatDigits } from "@/lib/i18n/format";
import type { BilingualMessage } from "@/lib/action-result";
import { toAsciiDigits } from "@/lib/parking/plate-normalize";
import { rangeMessage, SETTINGS_RANGES, type Settings } from "@/lib/parking/settings-schema";
import { updateSettingsAction } from "./actions";

const NUMBER_FIELDS = ["capacity", "pricePerHour", "graceMinutes", "gateAutoFrames", "gateCooldownSeconds", "snapshotRetentionDays"] as const;

const GATE_FIELDS = ["gateAutoFrames", "gateAutoConfidence", "gateCooldownSeconds"] as const;

/** Persian or Latin digits, with or without thousands separators; NaN when it is not a whole number. */
function parseWholeNumber(raw: string): number {
  const digits = toAsciiDigits(raw).replace(/[,٬،\s]/g, "");
  return /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
}

/** A fraction such as 0.995 typed with Persian or Latin digits and the Persian (٫) or Latin decimal point. */
function parseDecimal(raw: string): number {
  const text = toAsciiDigits(raw).trim().replace("٫", ".");
  return /^\d*\.?\d+$/.test(text) ? Number(text) : Number.NaN;
}

/** Numbers that are missing or out of range, each with a message that names its range. */
function rangeErrors(numbers: Record<string, unknown>): Record<string, BilingualMessage> {
  const errors: Record<string, BilingualMessage> = {};
  for (const [name, [min, max]] of Object.entries(SETTINGS_RANGES)) {
    const value = Number(numbers[name]);
    if (!(value >= min && value <= max)) errors[name] = rangeMessage(min, max);
  }
  return errors;
}

const formatDecimal = (value: number, locale: "fa" | "en") => formatDigits(String(value), locale).replace(".", locale === "fa" ? "٫" : ".");

export function SettingsForm({ settings }: { settings: Settings }) {
  const { locale, t } = useI18n();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, BilingualMessage>>({});
  const [advancedOpen, setAdvancedOpen] = useState(false);

  function showErrors(errors: Record<string, BilingualMessage>) {
    setFieldErrors(errors);
    if (GATE_FIELDS.some((name) => errors[name])) setAdvancedOpen(true);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const numbers = Object.fromEntries(NUMBER_FIELDS.map((name) => [name, parseWholeNumber(String(form.get(name) ?? ""))]));
    const patch = {
      lotName: String(form.get("lotName") ?? ""),
      ...numbers,
      gateAutoConfidence: parseDecimal(String(form.get("gateAutoConfidence") ?? "")),
    };
    const invalid = rangeErrors(patch);
    if (Object.keys(invalid).length > 0) {
      showErrors(invalid);
      setMessage(null);
      return;
    }
    startTransition(async () => {
      const result = await callAction(updateSettingsAction, patch);
      showErrors(result.ok ? {} : (result.fieldErrors ?? {}));
      setMessage(result.ok ? { tone: "success", text: t.settings.saved } : { tone: "error", text: result.error[locale] });
    });
  }

  const numberProps = (name: (typeof NUMBER_FIELDS)[number]) => ({
    name,
    inputMode: "numeric" as const,
    defaultValue: formatDigits(String(settings[name]), locale),
    error: fieldErrors[name]?.[locale],
    required: true,
    className: "sm:col-span-1",
  });

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t.settings.lotName}
          name="lotName"
          defaultValue={settings.lotName}
          error={fieldErrors.lotName?.[locale]}
          required
          maxLength={80}
          className="sm:col-span-2"
        />
        <TextField label={t.settings.capacity} {...numberProps("capacity")} />
        <MoneyField
          label={t.settings.pricePerHour}
          name="pricePerHour"
          defaultValue={settings.pricePerHour}
          error={fieldErrors.pricePerHour?.[locale]}
        />
        <TextField label={t.settings.graceMinutes} help={t.settings.graceHelp} {...numberProps("graceMinutes")} />
        <TextField label={t.settings.snapshotRetentionDays} help={t.settings.snapshotRetentionHelp} {...numberProps("snapshotRetentionDays")} />
      </div>
      {/* Tuning the gate's reader is rarely needed: folded away, opened by itself when one of its fields is wrong. */}
      <details
        open={advancedOpen}
        onToggle={(event) => setAdvancedOpen(event.currentTarget.open)}
        className="group border-t border-slate-200 pt-4" data-testid="settings-advanced">
        <summary className="cursor-pointer font-bold text-slate-800 select-none">
          {t.settings.advanced}
          <span className="ms-2 text-sm font-normal text-slate-500">{t.settings.gateTitle}</span>
        </summary>
        <p className="mt-2 text-sm text-slate-600">{t.settings.advancedHelp}</p>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <TextField label={t.settings.gateAutoFrames} help={t.settings.gateAutoFramesHelp} {...numberProps("gateAutoFrames")} />
          <TextField
            label={t.settings.gateAutoConfidence}
            help={t.settings.gateAutoConfidenceHelp}
            name="gateAutoConfidence"
            inputMode="decimal"
            defaultValue={formatDecimal(settings.gateAutoConfidence, locale)}
            error={fieldErrors.gateAutoConfidence?.[locale]}
            required
          />
          <TextField label={t.settings.gateCooldownSeconds} help={t.settings.gateCooldownHelp} {...numberProps("gateCooldownSeconds")} />
        </div>
      </details>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? t.common.saving : t.common.save}
        </Button>
      </div>
    </form>
  );
}
