import "server-only";
import { flatPlan, VEHICLE_CLASSES, type TariffPlan, type VehicleClass } from "@/lib/parking/tariff-plan";
import type { TariffPlanVersion } from "@/lib/parking/tariff-versions";
import { toDate } from "../sql/sql-dates";

/** A TariffPlan row as raw SQL returns it on either database (dates as stored, integers maybe as text or bigint). */
export type StoredPlanRow = {
  id: number | bigint;
  vehicleClass: string;
  freeMinutes: number | bigint;
  firstHour: number | bigint;
  nextHour: number | bigint;
  unitMinutes: number | bigint;
  dailyCap: number | bigint | null;
  nightStart: number | bigint | null;
  nightEnd: number | bigint | null;
  nightPrice: number | bigint | null;
  effectiveFrom: string | Date;
  createdBy: string;
  createdAt: string | Date;
};

const num = (value: number | bigint) => Number(value);
const numOrNull = (value: number | bigint | null) => (value === null ? null : Number(value));

export function toVehicleClass(value: string): VehicleClass {
  return (VEHICLE_CLASSES as readonly string[]).includes(value) ? (value as VehicleClass) : "car";
}

export function toPlanVersion(row: StoredPlanRow): TariffPlanVersion {
  const nightStart = numOrNull(row.nightStart);
  const nightEnd = numOrNull(row.nightEnd);
  const nightPrice = numOrNull(row.nightPrice);
  return {
    id: num(row.id),
    vehicleClass: toVehicleClass(row.vehicleClass),
    freeMinutes: num(row.freeMinutes),
    firstHour: num(row.firstHour),
    nextHour: num(row.nextHour),
    unitMinutes: num(row.unitMinutes),
    dailyCap: numOrNull(row.dailyCap),
    night: nightStart !== null && nightEnd !== null && nightPrice !== null ? { start: nightStart, end: nightEnd, price: nightPrice } : null,
    effectiveFrom: toDate(row.effectiveFrom),
    createdBy: row.createdBy,
    createdAt: toDate(row.createdAt),
  };
}

/** The plan alone, without the version's bookkeeping. */
export function planOf(version: TariffPlan): TariffPlan {
  const { freeMinutes, firstHour, nextHour, unitMinutes, dailyCap, night } = version;
  return { freeMinutes, firstHour, nextHour, unitMinutes, dailyCap, night };
}

/** Only when every version was removed by hand (tests do): the lot's settings, as before plans existed. */
export function settingsPlan(row: { pricePerHour: number | bigint; graceMinutes: number | bigint }): TariffPlan {
  return flatPlan(Number(row.pricePerHour), Number(row.graceMinutes));
}
