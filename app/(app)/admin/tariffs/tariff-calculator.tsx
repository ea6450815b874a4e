"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { TariffLinesTable } from "@/components/tariff/tariff-lines-table";
import { VehicleClassSelect } from "@/components/tariff/vehicle-class-select";
import { TextField } from "@/components/ui/text-field";
import { formatDateTime, formatDigits, formatToman } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/messages";
import { flatPlan, priceStay, type VehicleClass } from "@/lib/parking/tariff-plan";
import { planInForce, type TariffPlanVersion } from "@/lib/parking/tariff-versions";
import { jalaliDayText, parseTehranDateTime, tehranClockText } from "@/lib/parking/tehran-wall-time";

type WallTime = { day: string; time: string };

function wallTime(instant: Date, locale: "fa" | "en"): WallTime {
  return { day: formatDigits(jalaliDayText(instant), locale), time: formatDigits(tehranClockText(instant), locale) };
}

/**
 * "From … to … costs …, line by line", with the exit's own rule: the version in force at the
 * entry (planInForce) and priceStay, the functions the server prices every exit with.
 */
export function TariffCalculator({ versions, now }: { versions: TariffPlanVersion[]; now: Date }) {
  const { locale, t } = useI18n();
  const [vehicleClass, setVehicleClass] = useState<VehicleClass>("car");
  const [from, setFrom] = useState(() => wallTime(now, locale));
  const [to, setTo] = useState(() => wallTime(new Date(now.getTime() + 2 * 3_600_000), locale));
  const entryAt = parseTehranDateTime(from.day, from.time);
  const exitAt = parseTehranDateTime(to.day, to.time);
  const valid = entryAt && exitAt && exitAt >= entryAt;
  const plan = valid ? (planInForce(versions, vehicleClass, entryAt) ?? flatPlan(0, 0)) : null;
  const price = valid && plan ? priceStay({ entryAt, exitAt, plan }) : null;

  const field = (which: "from" | "to", part: keyof WallTime) => ({
    value: (which === "from" ? from : to)[part],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) =>
      (which === "from" ? setFrom : setTo)((old) => ({ ...old, [part]: event.target.value })),
    dir: "ltr" as const,
    inputMode: "numeric" as const,
    autoComplete: "off",
  });

  return (
    <section aria-labelledby="tariff-calc-title" className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4" data-testid="tariff-calculator">
      <h2 id="tariff-calc-title" className="text-lg font-semibold">{t.tariffs.calcTitle}</h2>
      <VehicleClassSelect value={vehicleClass} onChange={setVehicleClass} />
      <fieldset className="grid grid-cols-2 gap-2">
        <legend className="mb-1 text-sm font-medium text-slate-700">{t.tariffs.calcFrom}</legend>
        <TextField label={t.tariffs.date} placeholder="1405/09/09" {...field("from", "day")} name="calc-from-day" />
        <TextField label={t.tariffs.time} placeholder="08:30" {...field("from", "time")} name="calc-from-time" />
      </fieldset>
      <fieldset className="grid grid-cols-2 gap-2">
        <legend className="mb-1 text-sm font-medium text-slate-700">{t.tariffs.calcTo}</legend>
        <TextField label={t.tariffs.date} placeholder="1405/09/09" {...field("to", "day")} name="calc-to-day" />
        <TextField label={t.tariffs.time} placeholder="10:30" {...field("to", "time")} name="calc-to-time" />
      </fieldset>
      {price && entryAt && exitAt ? (
        <>
          <p data-testid="calc-summary" className="font-semibold" aria-live="polite">
            {interpolate(t.tariffs.calcSummary, {
              from: formatDateTime(entryAt, locale),
              to: formatDateTime(exitAt, locale),
              cost: formatToman(price.cost, locale),
            })}
          </p>
          <TariffLinesTable lines={price.lines} total={price.cost} testId="calc-lines" />
        </>
      ) : (
        <p className="text-sm text-rose-700" role="alert">{t.tariffs.calcInvalid}</p>
      )}
    </section>
  );
}
