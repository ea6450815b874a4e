import "server-only";
import type { ExitResult } from "@/lib/parking/parking-results";
import { stayMinutes } from "@/lib/parking/tariff";
import { priceStay, type TariffPlan } from "@/lib/parking/tariff-plan";
import { readPlanAtEntry } from "../tariffs/plan-at-entry";
import { settleLines } from "@/lib/parking/settled-lines";
import { withStayLines } from "../tariffs/stay-lines";
import { toVehicleClass } from "../tariffs/tariff-rows";
import { DEFAULT_PAYMENT_METHOD, isPaymentMethod, settlePayment, type PaymentChoice } from "@/lib/parking/payment";
import { lockOpenShift } from "../shifts/shift-owner";
import { writeAuditSql } from "../audit";
import { hotSql } from "../db";
import { AppError, isUniqueViolation } from "../errors";
import type { SqlTx } from "../sql/sql-client";
import { notInside, requirePlate } from "./parking-errors";
import type { ParkingEventInput } from "./parking-event-input";
import type { ParkingSessionRow as ParkingSession } from "./parking-session-row";
import { toSessionRow, type StoredSessionRow } from "./parking-session-sql";
import { checkGate } from "../gates/check-gate";
import { recordExitGate } from "../gates/stay-gates";
import { auditIfLate } from "./late-read-audit";
import { findReplay } from "./request-replay";
import { priceWithPass } from "@/lib/parking/pass-rules";
import { readPassAtExit } from "../passes/plate-checks";
import { auditLookalikeMatch, checkLookalikeMatch, findLookalikesInside } from "./exit-lookalikes";

/**
 * payment: how the driver paid (default cash: gate auto-exits and old REST clients). readPlate: the
 * plate as read when the operator matched it to this look-alike car inside (a corrected read).
 */
export type ExitInput = ParkingEventInput & { payment?: PaymentChoice; readPlate?: string | null };

/** A stay found by this exit request id but never closed cannot answer for an exit: the id is refused as reused. */
function findExitReplay(requestId: string | null | undefined, plate: string): Promise<ExitResult | null> {
  return findReplay({
    key: { column: "exitRequestId", requestId },
    plate,
    toResult: (prior) =>
      prior.exitAt && {
        sessionId: prior.id, plate, entryAt: prior.entryAt, exitAt: prior.exitAt,
        durationMinutes: prior.durationMinutes ?? 0, cost: prior.cost ?? 0, replayed: true,
        paymentMethod: isPaymentMethod(prior.paymentMethod) ? prior.paymentMethod : null,
        waivedAmount: prior.waivedAmount === null ? null : Number(prior.waivedAmount), shiftId: prior.shiftId === null ? null : Number(prior.shiftId),
      },
  });
}

/** The car's open session and the tariff plan in force at its entry (lib/server/tariffs). */
async function readOpenSession(tx: SqlTx, plate: string): Promise<{ open: ParkingSession; plan: TariffPlan } | null> {
  const [row] = await tx.all<StoredSessionRow & { vehicleClass: string }>(`SELECT * FROM "ParkingSession" WHERE "openPlate" = $1`, [plate]);
  if (!row) return null;
  const open = toSessionRow(row);
  const plan = await readPlanAtEntry((text, params) => tx.all(text, params), toVehicleClass(row.vehicleClass), open.entryAt);
  return { open, plan };
}

type ClosedFields = Pick<
  ParkingSession,
  "openPlate" | "status" | "exitAt" | "exitReceivedAt" | "durationMinutes" | "cost" | "exitImage" | "exitSnapshot" | "exitRequestId" | "exitActor"
  | "paymentMethod" | "exemptReason" | "waivedAmount" | "shiftId"
>;

/**
 * Closes the session only if it is still open (of two simultaneous exits only one matches) and
 * returns the number of rows changed.
 */
async function closeSession(tx: SqlTx, id: number, plate: string, data: ClosedFields): Promise<number> {
  return tx.run(
    `UPDATE "ParkingSession" SET "openPlate" = NULL, "status" = $1, "exitAt" = $2, "durationMinutes" = $3, "cost" = $4,
       "exitImage" = $5, "exitSnapshot" = $6, "exitRequestId" = $7, "exitActor" = $8, "exitReceivedAt" = $9,
       "paymentMethod" = $12, "exemptReason" = $13, "waivedAmount" = $14, "shiftId" = $15
     WHERE "id" = $10 AND "openPlate" = $11`,
    [data.status, data.exitAt, data.durationMinutes, data.cost, data.exitImage, data.exitSnapshot, data.exitRequestId, data.exitActor, data.exitReceivedAt, id, plate,
      data.paymentMethod, data.exemptReason, data.waivedAmount, data.shiftId],
  );
}

/** Exits are the second hottest write: one transaction on the driver directly (lib/server/sql). */
export async function registerExit(input: ExitInput): Promise<ExitResult> {
  const plate = requirePlate(input.plate);
  const readPlate = input.readPlate == null ? null : checkLookalikeMatch(input.readPlate, plate);
  const replay = await findExitReplay(input.requestId, plate);
  if (replay) return withStayLines(replay);
  const gateId = await checkGate(input.gateId, "exit");
  const sql = await hotSql();
  try {
    return await sql.write(async (tx) => {
      const found = await readOpenSession(tx, plate);
      if (!found) throw notInside(plate);
      const { open, plan } = found;
      // A read queued on an offline tablet can predate an entry recorded meanwhile by hand or at
      // another gate: the stay is then zero minutes, never negative.
      const receivedAt = new Date();
      const exitAt = new Date(Math.max((input.at ?? receivedAt).getTime(), open.entryAt.getTime()));
      const durationMinutes = stayMinutes(open.entryAt, exitAt);
      const stayPrice = priceStay({ entryAt: open.entryAt, exitAt, plan });
      // A valid pass makes the stay free and is its payment (lib/parking/pass-rules.ts).
      const pass = await readPassAtExit(tx, plate, exitAt);
      const choice = pass?.status === "valid" ? ({ method: "pass" } as const) : (input.payment ?? { method: DEFAULT_PAYMENT_METHOD });
      const payment = settlePayment(priceWithPass(stayPrice.cost, pass), choice);
      const { cost } = payment;
      const shiftId = await lockOpenShift(tx, sql.provider, input.actor);
      const data: ClosedFields = {
        openPlate: null, status: "closed", exitAt, exitReceivedAt: receivedAt, durationMinutes, ...payment, shiftId,
        exitImage: input.image ?? null, exitSnapshot: input.snapshot ?? null, exitRequestId: input.requestId ?? null, exitActor: input.actor.name,
      };
      if ((await closeSession(tx, open.id, plate, data)) !== 1) throw notInside(plate);
      await recordExitGate(tx, open.id, gateId);
      await writeAuditSql(tx, { actor: input.actor, action: "exit.register", entity: "ParkingSession", entityId: open.id, before: open, after: { ...open, ...data, reading: input.reading, ...(pass && { pass }) } });
      await auditIfLate(tx, { direction: "exit", sessionId: open.id, plate, at: exitAt, receivedAt, actor: input.actor });
      if (readPlate) await auditLookalikeMatch(tx, { sessionId: open.id, readPlate, plate, gateId, actor: input.actor });
      return { sessionId: open.id, plate, entryAt: open.entryAt, exitAt, durationMinutes, cost, paymentMethod: payment.paymentMethod, waivedAmount: payment.waivedAmount, shiftId, pass, lines: settleLines(stayPrice.lines, cost, payment.paymentMethod), replayed: false };
    });
  } catch (error) {
    // A retry racing its own first attempt (same request id) loses with a unique violation or,
    // having waited for the first to commit, with "not_inside": either way it gets the first result.
    // Otherwise the car is not inside, and the cars it may have been misread for are offered.
    if (!isUniqueViolation(error) && !isRaceLoss(error)) throw error;
    const raced = await findExitReplay(input.requestId, plate);
    if (raced) return withStayLines(raced);
    throw notInside(plate, await findLookalikesInside(plate));
  }
}

function isRaceLoss(error: unknown): boolean {
  return error instanceof AppError && error.code === "not_inside";
}
