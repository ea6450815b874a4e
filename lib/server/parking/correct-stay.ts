import "server-only";
import { priceStay } from "@/lib/parking/tariff-plan";
import { stayMinutes } from "@/lib/parking/tariff";
import { checkCorrection, resettlePayment, type StayCorrection } from "@/lib/parking/stay-correction";
import type { Actor } from "../actor";
import { writeAuditSql } from "../audit";
import { requireAdmin } from "../auth/admin";
import { correctionError, plateAlreadyInside } from "../corrections/correction-errors";
import { afterStayRewrite, lockStay, type LockedStay } from "../corrections/stay-rewrite";
import { hotSql } from "../db";
import { isUniqueViolation } from "../errors";
import type { SqlTx } from "../sql/sql-client";
import { readPlanAtEntry } from "../tariffs/plan-at-entry";
import { toVehicleClass } from "../tariffs/tariff-rows";
import { findStay, type Stay } from "./list-stays";
import { requirePlate } from "./parking-errors";

/** The fields a correction may change, as stored. */
type Fields = Pick<LockedStay, "plate" | "entryAt" | "exitAt" | "durationMinutes" | "cost" | "paymentMethod" | "waivedAmount">;
const FIELD_NAMES = ["plate", "entryAt", "exitAt", "durationMinutes", "cost", "paymentMethod", "waivedAmount"] as const;

const same = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);

/**
 * The corrected fields. Changed times of a closed stay re-price it by the plan in force at its
 * (new) entry and its vehicle class, as its exit did, unless an amount is given.
 */
async function correctedFields(tx: SqlTx, stay: LockedStay, change: StayCorrection): Promise<Fields> {
  const entryAt = change.entryAt ?? stay.entryAt;
  const exitAt = change.exitAt ?? stay.exitAt;
  const next: Fields = { ...stay, plate: change.plate ?? stay.plate, entryAt, exitAt };
  if (stay.status !== "closed" || !exitAt) return next;
  const timesChanged = !same(entryAt, stay.entryAt) || !same(exitAt, stay.exitAt);
  next.durationMinutes = stayMinutes(entryAt, exitAt);
  if (change.cost === undefined && !timesChanged) return next;
  const price = change.cost ?? priceStay({ entryAt, exitAt, plan: await readPlanAtEntry((text, params) => tx.all(text, params), toVehicleClass(stay.vehicleClass), entryAt) }).cost;
  const payment = resettlePayment(stay, price);
  return { ...next, cost: payment.cost, paymentMethod: payment.paymentMethod, waivedAmount: payment.waivedAmount };
}

/**
 * An admin corrects a stay's plate, times or amount, with a reason, in one transaction with its audit
 * row (each changed field before and after). The plate is normalised and, for a car still inside,
 * moves its open plate: the unique index refuses a plate already inside (409, nothing written).
 * Values equal to the stored ones change nothing and write no audit row, so a retried request is
 * harmless. Reports and a closed shift follow (../corrections/stay-rewrite.ts).
 */
export async function correctStay(opts: { id: number; change: StayCorrection; reason: string; actor: Actor }): Promise<Stay> {
  requireAdmin(opts.actor);
  const change = { ...opts.change, ...(opts.change.plate !== undefined && { plate: requirePlate(opts.change.plate) }) };
  const sql = await hotSql();
  try {
    await sql.write(async (tx) => {
      const stay = await lockStay(tx, sql.provider, opts.id);
      const problem = checkCorrection(stay, change, new Date());
      if (problem) throw correctionError(problem);
      const next = await correctedFields(tx, stay, change);
      const changed = FIELD_NAMES.filter((name) => !same(stay[name], next[name]));
      if (changed.length === 0) return;
      await tx.run(
        `UPDATE "ParkingSession" SET "plate" = $2, "openPlate" = $3, "entryAt" = $4, "exitAt" = $5, "durationMinutes" = $6, "cost" = $7, "paymentMethod" = $8, "waivedAmount" = $9
         WHERE "id" = $1`,
        [stay.id, next.plate, stay.status === "open" ? next.plate : null, next.entryAt, next.exitAt, next.durationMinutes, next.cost, next.paymentMethod, next.waivedAmount],
      );
      const from = new Date(Math.min(stay.entryAt.getTime(), next.entryAt.getTime()));
      const shift = await afterStayRewrite(tx, { from, shiftId: stay.status === "closed" ? stay.shiftId : null });
      await writeAuditSql(tx, {
        actor: opts.actor, action: "session.correct", entity: "ParkingSession", entityId: stay.id,
        before: Object.fromEntries(changed.map((name) => [name, stay[name]])),
        after: { ...Object.fromEntries(changed.map((name) => [name, next[name]])), plate: next.plate, reason: opts.reason, ...(shift && { shift }) },
      });
    });
  } catch (error) {
    if (change.plate && isUniqueViolation(error)) throw plateAlreadyInside(change.plate);
    throw error;
  }
  return (await findStay(opts.id))!;
}
