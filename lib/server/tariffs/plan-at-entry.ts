import "server-only";
import type { TariffPlan, VehicleClass } from "@/lib/parking/tariff-plan";
import { planInForce } from "@/lib/parking/tariff-versions";
import type { SqlValue } from "../sql/sql-client";
import { planOf, settingsPlan, toPlanVersion, type StoredPlanRow } from "./tariff-rows";

/** tx.all inside a hot-path transaction, or sql.read outside one. */
export type SqlQuery = <Row>(sql: string, params?: SqlValue[]) => Promise<Row[]>;

/**
 * The plan that prices a stay of this class entering at `entryAt` (the rule: planInForce). Only
 * versions up to the entry are read, and no version can be added in the past, so the answer for a
 * stay never changes: the exit, a replayed exit and a quote all price it alike.
 */
export async function readPlanAtEntry(query: SqlQuery, vehicleClass: VehicleClass, entryAt: Date): Promise<TariffPlan> {
  const rows = await query<StoredPlanRow>(
    `SELECT * FROM "TariffPlan" WHERE "vehicleClass" IN ($1, 'car') AND "effectiveFrom" <= $2`,
    [vehicleClass, entryAt],
  );
  const version = planInForce(rows.map(toPlanVersion), vehicleClass, entryAt);
  if (version) return planOf(version);
  const [setting] = await query<{ pricePerHour: number; graceMinutes: number }>(
    `SELECT "pricePerHour", "graceMinutes" FROM "Setting" WHERE "id" = 1`,
  );
  return settingsPlan(setting ?? { pricePerHour: 0, graceMinutes: 0 });
}
