"use client";

import { useI18n } from "@/components/i18n-provider";
import { formatDateTime, formatDigits, formatNumber, formatToman } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/messages";
import { formatClock, VEHICLE_CLASSES } from "@/lib/parking/tariff-plan";
import { planInForce, type TariffPlanVersion } from "@/lib/parking/tariff-versions";

/** Every version per vehicle class, newest first; the one a car entering now pays is marked. */
export function TariffVersionsList({ versions, now }: { versions: TariffPlanVersion[]; now: Date }) {
  const { locale, t } = useI18n();
  return (
    <section className="flex flex-col gap-4" aria-label={t.tariffs.title}>
      {VEHICLE_CLASSES.map((cls) => {
        const own = versions.filter((v) => v.vehicleClass === cls);
        const current = planInForce(own, cls, now);
        return (
          <div key={cls} className="flex flex-col gap-2" data-testid={`tariff-class-${cls}`}>
            <h2 className="text-lg font-semibold">{t.tariffs[cls]}</h2>
            {own.length === 0 && <p className="text-sm text-slate-600">{t.tariffs.noPlanOwn}</p>}
            <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
              {own.map((v) => {
                const state = v.id === current?.id ? "inForce" : v.effectiveFrom > now ? "scheduled" : null;
                return (
                  <li key={v.id} data-testid="tariff-version" data-state={state ?? "past"}
                    className={`rounded-xl border bg-white p-3 text-sm ${state === "inForce" ? "border-emerald-400 ring-1 ring-emerald-200" : "border-slate-200"}`}>
                    <div className="mb-2 flex items-center justify-between gap-2">
                      <span className="font-semibold">
                        {v.effectiveFrom.getTime() === 0 ? t.tariffs.sinceAlways : formatDateTime(v.effectiveFrom, locale)}
                      </span>
                      {state && (
                        <span className={`rounded-full px-2 py-0.5 text-xs ${state === "inForce" ? "bg-emerald-100 text-emerald-900" : "bg-amber-100 text-amber-900"}`}>
                          {t.tariffs[state]}
                        </span>
                      )}
                    </div>
                    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                      <dt className="text-slate-500">{t.tariffs.firstHour}</dt>
                      <dd className="tabular-nums">{formatToman(v.firstHour, locale)}</dd>
                      <dt className="text-slate-500">{t.tariffs.nextHour}</dt>
                      <dd className="tabular-nums">{formatToman(v.nextHour, locale)}</dd>
                      <dt className="text-slate-500">{t.tariffs.unitMinutes}</dt>
                      <dd>{interpolate(t.tariffs.unitOption, { n: formatNumber(v.unitMinutes, locale) })}</dd>
                      <dt className="text-slate-500">{t.tariffs.freeMinutes}</dt>
                      <dd>{formatNumber(v.freeMinutes, locale)}</dd>
                      <dt className="text-slate-500">{t.tariffs.dailyCap}</dt>
                      <dd>{v.dailyCap === null ? t.tariffs.noCap : formatToman(v.dailyCap, locale)}</dd>
                      <dt className="text-slate-500">{t.tariffs.night}</dt>
                      <dd>
                        {v.night
                          ? `${formatDigits(`${formatClock(v.night.start)}–${formatClock(v.night.end)}`, locale)}: ${formatToman(v.night.price, locale)}`
                          : t.tariffs.noNight}
                      </dd>
                      <dt className="text-slate-500">{t.tariffs.createdBy}</dt>
                      <dd>{v.createdBy}</dd>
                    </dl>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
