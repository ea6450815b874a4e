import { formatDigits, formatNumber } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/messages";
import { getI18n } from "@/lib/i18n/server";
import { daysLeft, isPassValidAt, jalaliOfDay, lotDayKey } from "@/lib/parking/pass-rules";
import { passesOfPlate } from "@/lib/server/passes/passes";
import { watchEntryOfPlate } from "@/lib/server/passes/watchlist";

const WATCH_TONES = { deny: "bg-red-600 text-white", alert: "bg-amber-400 text-amber-950" } as const;

/** The plate's pass (the latest ending) and its watch-list entry, on the plate page. */
export async function PlatePassStatus({ plate }: { plate: string }) {
  const { locale, t } = await getI18n();
  const [passes, watch] = await Promise.all([passesOfPlate(plate), watchEntryOfPlate(plate)]);
  const now = new Date();
  const pass = passes.find((p) => isPassValidAt(p, now)) ?? passes[0];
  const day = (key: string) => formatDigits(jalaliOfDay(key), locale);
  const passState = !pass ? null : isPassValidAt(pass, now) ? "valid" : lotDayKey(now) < pass.validFrom ? "upcoming" : "expired";
  const stateLabel = { valid: t.passes.statusValid, upcoming: t.passes.statusUpcoming, expired: t.passes.statusExpired };
  const stateTone = { valid: "bg-emerald-100 text-emerald-900", upcoming: "bg-slate-100 text-slate-700", expired: "bg-rose-100 text-rose-900" };
  return (
    <div className="grid grid-cols-1 gap-3 sm:grid-cols-2" data-testid="plate-pass-status">
      <section className="flex flex-col gap-1 rounded-xl bg-white p-3 shadow-sm ring-1 ring-slate-200" data-testid="plate-pass">
        <h2 className="text-sm text-slate-500">{t.passes.statusTitle}</h2>
        {pass && passState ? (
          <>
            <p className="flex flex-wrap items-center gap-2 font-semibold">
              {pass.holder}
              <span className={`rounded-full px-2 py-0.5 text-xs ${stateTone[passState]}`}>{stateLabel[passState]}</span>
            </p>
            <p className="text-sm text-slate-600">
              {t.passes.validity}: {day(pass.validFrom)} – {day(pass.validTo)}
              {passState === "valid" && ` · ${interpolate(t.passes.expiresIn, { days: formatNumber(daysLeft(pass, now), locale) })}`}
            </p>
          </>
        ) : (
          <p className="text-slate-600">{t.passes.none}</p>
        )}
      </section>
      <section className="flex flex-col gap-1 rounded-xl bg-white p-3 shadow-sm ring-1 ring-slate-200" data-testid="plate-watch">
        <h2 className="text-sm text-slate-500">{t.watch.statusTitle}</h2>
        {watch ? (
          <p className="flex flex-wrap items-center gap-2">
            <span className={`rounded-full px-2 py-0.5 text-xs font-bold ${WATCH_TONES[watch.kind]}`}>{t.watch[watch.kind]}</span>
            <span>{watch.reason}</span>
          </p>
        ) : (
          <p className="text-slate-600">{t.watch.none}</p>
        )}
      </section>
    </div>
  );
}
