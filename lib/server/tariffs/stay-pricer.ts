import "server-only";
import { settleLines } from "@/lib/parking/settled-lines";
import { priceStay, type StayPrice, type TariffPlan, type VehicleClass } from "@/lib/parking/tariff-plan";
import { planInForce } from "@/lib/parking/tariff-versions";
import { priceWithPass } from "@/lib/parking/pass-rules";
import { readPassAt } from "../passes/plate-checks";
import { hotSql } from "../db";
import { AppError } from "../errors";
import { planOf, settingsPlan, toPlanVersion, type StoredPlanRow } from "./tariff-rows";

export type StayToPrice = { entryAt: Date; exitAt: Date; vehicleClass: VehicleClass };

/** Loads every plan version once; answers which plan prices a stay of a class entering at a time. */
export async function createPlanPicker(): Promise<(vehicleClass: VehicleClass, entryAt: Date) => TariffPlan> {
  const sql = await hotSql();
  const [rows, [setting]] = await Promise.all([
    sql.read<StoredPlanRow>(`SELECT * FROM "TariffPlan"`),
    sql.read<{ pricePerHour: number; graceMinutes: number }>(`SELECT "pricePerHour", "graceMinutes" FROM "Setting" WHERE "id" = 1`),
  ]);
  const versions = rows.map(toPlanVersion);
  const fallback = settingsPlan(setting ?? { pricePerHour: 0, graceMinutes: 0 });
  return (vehicleClass, entryAt) => {
    const version = planInForce(versions, vehicleClass, entryAt);
    return version ? planOf(version) : fallback;
  };
}

/**
 * Prices any number of stays with the exit's rule (plan in force at entry, priceStay), reading
 * the plans once: for quotes and lists such as the cars inside.
 */
export async function createStayPricer(): Promise<(stay: StayToPrice) => StayPrice> {
  const pick = await createPlanPicker();
  return (stay) => {
    const exitAt = stay.exitAt < stay.entryAt ? stay.entryAt : stay.exitAt;
    return priceStay({ entryAt: stay.entryAt, exitAt, plan: pick(stay.vehicleClass, stay.entryAt) });
  };
}

const MAX_QUOTE_DAYS = 400;

/** POST /api/quote and the admin's calculator: what an exit at exitAt would charge. */
export async function quoteStay(stay: StayToPrice & { plate?: string | null }): Promise<StayPrice> {
  if (stay.exitAt < stay.entryAt) {
    throw new AppError({
      kind: "validation",
      messages: { fa: "زمان خروج نمی‌تواند پیش از زمان ورود باشد.", en: "The exit time cannot be before the entry time." },
      fieldErrors: { exit_at: { fa: "زمان خروج پیش از ورود است.", en: "The exit is before the entry." } },
    });
  }
  if (stay.exitAt.getTime() - stay.entryAt.getTime() > MAX_QUOTE_DAYS * 86_400_000) {
    throw new AppError({
      kind: "validation",
      messages: { fa: "بازهٔ قیمت‌گیری حداکثر ۴۰۰ روز است.", en: "A quote covers at most 400 days." },
      fieldErrors: { exit_at: { fa: "حداکثر ۴۰۰ روز پس از ورود.", en: "At most 400 days after the entry." } },
    });
  }
  const price = (await createStayPricer())(stay);
  // A plate with a valid pass at exitAt costs nothing, as at the exit: a pass line takes the price off.
  const pass = stay.plate ? await readPassAt(await hotSql(), stay.plate, stay.exitAt) : null;
  const cost = priceWithPass(price.cost, pass);
  return { ...price, cost, lines: settleLines(price.lines, cost, cost === price.cost ? null : "pass") };
}
