"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { callAction } from "@/components/call-action";
import { useI18n } from "@/components/i18n-provider";
import { VehicleClassSelect } from "@/components/tariff/vehicle-class-select";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { MoneyField } from "@/components/ui/money-field";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { BilingualMessage } from "@/lib/action-result";
import { formatNumber } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/messages";
import { toAsciiDigits } from "@/lib/parking/plate-normalize";
import { UNIT_MINUTES, type VehicleClass } from "@/lib/parking/tariff-plan";
import type { TariffPlanInput } from "@/lib/parking/tariff-plan-schema";
import { parseTehranDateTime } from "@/lib/parking/tehran-wall-time";
import { addTariffVersionAction } from "./actions";

const INVALID_TIME: BilingualMessage = { fa: "تاریخ و ساعت را مانند ۱۴۰۵/۰۹/۰۹ و ۰۸:۰۰ بنویسید.", en: "Write the date and time as 1405/09/09 and 08:00." };

/** "" → null (an optional field left empty); anything else a number, NaN when unreadable (the server says why). */
function optionalNumber(raw: FormDataEntryValue | null): number | null {
  const text = toAsciiDigits(String(raw ?? "")).replace(/[,٬،\s]/g, "");
  if (text === "") return null;
  return /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
}

const optionalText = (raw: FormDataEntryValue | null) => toAsciiDigits(String(raw ?? "")).trim() || null;

function readForm(form: FormData, vehicleClass: VehicleClass): TariffPlanInput | { timeError: true } {
  const day = optionalText(form.get("effectiveDay"));
  const time = optionalText(form.get("effectiveTime"));
  const effectiveFrom = day || time ? parseTehranDateTime(day ?? "", time ?? "00:00") : null;
  if ((day || time) && !effectiveFrom) return { timeError: true };
  return {
    vehicleClass,
    freeMinutes: optionalNumber(form.get("freeMinutes")) ?? 0,
    firstHour: optionalNumber(form.get("firstHour")) ?? Number.NaN,
    nextHour: optionalNumber(form.get("nextHour")) ?? Number.NaN,
    unitMinutes: Number(form.get("unitMinutes")),
    dailyCap: optionalNumber(form.get("dailyCap")),
    nightStart: optionalText(form.get("nightStart")),
    nightEnd: optionalText(form.get("nightEnd")),
    nightPrice: optionalNumber(form.get("nightPrice")),
    effectiveFrom,
  };
}

/** A new version of a class's plan; the server refuses one that would start in the past. */
export function AddTariffForm() {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [vehicleClass, setVehicleClass] = useState<VehicleClass>("car");
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, BilingualMessage>>({});
  const error = (name: string) => errors[name]?.[locale];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = readForm(new FormData(event.currentTarget), vehicleClass);
    if ("timeError" in input) {
      setErrors({ effectiveFrom: INVALID_TIME });
      return;
    }
    startTransition(async () => {
      const result = await callAction(addTariffVersionAction, input);
      setErrors(result.ok ? {} : (result.fieldErrors ?? {}));
      setMessage(result.ok ? { tone: "success", text: t.tariffs.added } : { tone: "error", text: result.error[locale] });
      if (result.ok) router.refresh();
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="add-tariff-title" data-testid="add-tariff-form"
      className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="add-tariff-title" className="text-lg font-semibold">{t.tariffs.addTitle}</h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <VehicleClassSelect value={vehicleClass} onChange={setVehicleClass} />
        <SelectField label={t.tariffs.unitMinutes} name="unitMinutes" defaultValue="60" error={error("unitMinutes")}
          options={UNIT_MINUTES.map((n) => ({ value: String(n), label: interpolate(t.tariffs.unitOption, { n: formatNumber(n, locale) }) }))} />
        <MoneyField label={t.tariffs.firstHour} name="firstHour" defaultValue={null} error={error("firstHour")} />
        <MoneyField label={t.tariffs.nextHour} name="nextHour" defaultValue={null} error={error("nextHour")} />
        <TextField label={t.tariffs.freeMinutes} name="freeMinutes" inputMode="numeric" dir="ltr" defaultValue="" placeholder="0" error={error("freeMinutes")} />
        <MoneyField label={t.tariffs.dailyCap} name="dailyCap" defaultValue={null} help={t.tariffs.dailyCapHelp} error={error("dailyCap")} />
      </div>
      <p className="text-xs text-slate-500">{t.tariffs.unitHelp}</p>
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="mb-1 text-sm font-medium text-slate-700">{t.tariffs.night}</legend>
        <TextField label={t.tariffs.nightStart} name="nightStart" placeholder="22:00" dir="ltr" error={error("nightStart")} />
        <TextField label={t.tariffs.nightEnd} name="nightEnd" placeholder="06:00" dir="ltr" error={error("nightEnd")} />
        <MoneyField label={t.tariffs.nightPrice} name="nightPrice" defaultValue={null} error={error("nightPrice")} />
        <p className="text-xs text-slate-500 sm:col-span-3">{t.tariffs.nightHelp}</p>
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-1 text-sm font-medium text-slate-700">{t.tariffs.effectiveFrom}</legend>
        <TextField label={t.tariffs.date} name="effectiveDay" placeholder="1405/09/09" dir="ltr" error={error("effectiveFrom")} />
        <TextField label={t.tariffs.time} name="effectiveTime" placeholder="08:00" dir="ltr" />
        <p className="text-xs text-slate-500 sm:col-span-2">{t.tariffs.effectiveFromHelp}</p>
      </fieldset>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <div>
        <Button type="submit" disabled={pending}>{pending ? t.tariffs.adding : t.tariffs.add}</Button>
      </div>
    </form>
  );
}
