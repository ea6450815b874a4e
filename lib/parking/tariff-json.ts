import { formatClock, type StayPrice, type TariffLine } from "./tariff-plan";
import { tariffLineLabel } from "./tariff-lines";
import type { TariffPlanVersion } from "./tariff-versions";

/** A plan version under the REST API's names (GET /api/tariffs). */
export type TariffPlanJson = {
  id: number;
  vehicle_class: string;
  free_minutes: number;
  first_hour: number;
  next_hour: number;
  unit_minutes: number;
  daily_cap: number | null;
  night_start: string | null;
  night_end: string | null;
  night_price: number | null;
  effective_from: string;
  created_by: string;
  created_at: string;
  /** The version a car of this class entering now is charged by. */
  in_force: boolean;
};

export function tariffPlanJson(version: TariffPlanVersion, inForce: boolean): TariffPlanJson {
  return {
    id: version.id,
    vehicle_class: version.vehicleClass,
    free_minutes: version.freeMinutes,
    first_hour: version.firstHour,
    next_hour: version.nextHour,
    unit_minutes: version.unitMinutes,
    daily_cap: version.dailyCap,
    night_start: version.night ? formatClock(version.night.start) : null,
    night_end: version.night ? formatClock(version.night.end) : null,
    night_price: version.night?.price ?? null,
    effective_from: version.effectiveFrom.toISOString(),
    created_by: version.createdBy,
    created_at: version.createdAt.toISOString(),
    in_force: inForce,
  };
}

/** A bill line for API clients: the label in English and Persian, the code for machines. */
export type TariffLineJson = { code: string; label: string; label_fa: string; quantity: number; unit_price: number; amount: number };

export function tariffLineJson(line: TariffLine): TariffLineJson {
  const label = tariffLineLabel(line);
  return { code: line.code, label: label.en, label_fa: label.fa, quantity: line.quantity, unit_price: line.unitPrice, amount: line.amount };
}

export type QuoteJson = { success: true; cost: number; minutes: number; lines: TariffLineJson[] };

export const quoteJson = (price: StayPrice): QuoteJson => ({ success: true, cost: price.cost, minutes: price.minutes, lines: price.lines.map(tariffLineJson) });
