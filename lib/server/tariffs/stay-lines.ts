import "server-only";
import { settleLines } from "@/lib/parking/settled-lines";
import { priceStay, type TariffLine } from "@/lib/parking/tariff-plan";
import { hotSql } from "../db";
import { readPlanAtEntry } from "./plan-at-entry";
import { toVehicleClass } from "./tariff-rows";

/**
 * The tariff lines of a stay already closed (a replayed exit): its plan at entry never changes,
 * so they are the lines the first exit answered with.
 */
export async function withStayLines<R extends { sessionId: number; entryAt: Date; exitAt: Date; cost: number; paymentMethod: string | null }>(result: R): Promise<R & { lines: TariffLine[] }> {
  const sql = await hotSql();
  const [row] = await sql.read<{ vehicleClass: string }>(`SELECT "vehicleClass" FROM "ParkingSession" WHERE "id" = $1`, [result.sessionId]);
  const plan = await readPlanAtEntry((text, params) => sql.read(text, params), toVehicleClass(row?.vehicleClass ?? "car"), result.entryAt);
  return { ...result, lines: settleLines(priceStay({ entryAt: result.entryAt, exitAt: result.exitAt, plan }).lines, result.cost, result.paymentMethod) };
}
