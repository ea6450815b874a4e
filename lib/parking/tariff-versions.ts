import type { TariffPlan, VehicleClass } from "./tariff-plan";

/** A stored plan version (table TariffPlan). */
export type TariffPlanVersion = TariffPlan & {
  id: number;
  vehicleClass: VehicleClass;
  effectiveFrom: Date;
  createdBy: string;
  createdAt: Date;
};

/**
 * The version that prices a stay entering at `at`: the class's latest version effective at or
 * before it; a class with none (motorcycles and vans need no plan of their own) is priced as a car.
 */
export function planInForce<V extends TariffPlanVersion>(versions: V[], vehicleClass: VehicleClass, at: Date): V | null {
  const latest = (cls: VehicleClass) =>
    versions
      .filter((v) => v.vehicleClass === cls && v.effectiveFrom.getTime() <= at.getTime())
      .reduce<V | null>((best, v) => (!best || v.effectiveFrom > best.effectiveFrom || (v.effectiveFrom.getTime() === best.effectiveFrom.getTime() && v.id > best.id) ? v : best), null);
  return latest(vehicleClass) ?? (vehicleClass === "car" ? null : latest("car"));
}
