import "server-only";
import { isPaymentMethod } from "@/lib/parking/payment";
import type { CorrectableStay } from "@/lib/parking/stay-correction";
import { sumShiftExits } from "../shifts/shifts";
import type { SqlTx } from "../sql/sql-client";
import { toDate } from "../sql/sql-dates";
import { unknownStay } from "./correction-errors";

type Num = number | bigint | string;
type StoredRow = {
  id: Num; plate: string; status: string; entryAt: string | Date; exitAt: string | Date | null; durationMinutes: Num | null;
  cost: Num | null; paymentMethod: string | null; exemptReason: string | null; waivedAmount: Num | null; shiftId: Num | null; vehicleClass: string;
};

export type LockedStay = CorrectableStay & { id: number; durationMinutes: number | null; shiftId: number | null; vehicleClass: string };

const num = (value: Num | null) => (value === null ? null : Number(value));

/**
 * The stay inside a correction's transaction, locked: PostgreSQL's FOR UPDATE makes a second
 * correction of the same stay wait and then read this one's result; SQLite's write lock already
 * orders them. 404 when there is no such stay.
 */
export async function lockStay(tx: SqlTx, provider: "sqlite" | "postgresql", id: number): Promise<LockedStay> {
  const [row] = await tx.all<StoredRow>(
    `SELECT "id", "plate", "status", "entryAt", "exitAt", "durationMinutes", "cost", "paymentMethod", "exemptReason", "waivedAmount", "shiftId", "vehicleClass"
     FROM "ParkingSession" WHERE "id" = $1${provider === "postgresql" ? " FOR UPDATE" : ""}`,
    [id],
  );
  if (!row) throw unknownStay();
  return {
    id: Number(row.id), plate: row.plate, status: row.status, entryAt: toDate(row.entryAt), exitAt: row.exitAt === null ? null : toDate(row.exitAt),
    durationMinutes: num(row.durationMinutes), cost: num(row.cost), paymentMethod: isPaymentMethod(row.paymentMethod) ? row.paymentMethod : null,
    exemptReason: row.exemptReason, waivedAmount: num(row.waivedAmount), shiftId: num(row.shiftId), vehicleClass: row.vehicleClass,
  };
}

/**
 * What every rewrite of a past stay must do in its own transaction: the report's kept figures of every
 * day from `from` (the earliest entry, old or new) on are dropped, since the cars inside change for all
 * later days too (lib/server/parking/report-days.ts); and a closed shift the stay was counted in gets
 * its expected figures summed again (its counted cash is kept, so the difference shows the change).
 * Returns the shift's totals before and after for the audit row, or null when it was not closed.
 */
export async function afterStayRewrite(tx: SqlTx, opts: { from: Date; shiftId: number | null }) {
  await tx.run(`DELETE FROM "ReportDay" WHERE "dayEnd" > $1`, [opts.from]);
  if (opts.shiftId === null) return null;
  const [shift] = await tx.all<{ closedAt: string | Date | null; expectedCash: Num | null; expectedCard: Num | null; waivedAmount: Num | null; exits: Num | null }>(
    `SELECT "closedAt", "exits", "expectedCash", "expectedCard", "waivedAmount" FROM "Shift" WHERE "id" = $1`,
    [opts.shiftId],
  );
  if (!shift || shift.closedAt === null) return null;
  const totals = await sumShiftExits(tx, opts.shiftId);
  await tx.run(
    `UPDATE "Shift" SET "exits" = $2, "expectedCash" = $3, "expectedCard" = $4, "passExits" = $5, "exemptExits" = $6, "waivedAmount" = $7 WHERE "id" = $1`,
    [opts.shiftId, totals.exits, totals.expectedCash, totals.expectedCard, totals.passExits, totals.exemptExits, totals.waivedAmount],
  );
  const before = { exits: num(shift.exits), expectedCash: num(shift.expectedCash), expectedCard: num(shift.expectedCard), waivedAmount: num(shift.waivedAmount) };
  return { id: opts.shiftId, before, after: { exits: totals.exits, expectedCash: totals.expectedCash, expectedCard: totals.expectedCard, waivedAmount: totals.waivedAmount } };
}
