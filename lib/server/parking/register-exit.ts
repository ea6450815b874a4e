import "server-only";
import type { ExitResult } from "@/lib/parking/parking-results";
import { calculateCost, stayMinutes, type Tariff } from "@/lib/parking/tariff";
import { writeAuditSql } from "../audit";
import { hotSql } from "../db";
import { AppError, isUniqueViolation } from "../errors";
import type { SqlTx } from "../sql/sql-client";
import { notInside, requirePlate } from "./parking-errors";
import type { ParkingEventInput } from "./parking-event-input";
import type { ParkingSessionRow as ParkingSession } from "./parking-session-row";
import { toSessionRow, type StoredSessionRow } from "./parking-session-sql";
import { auditIfLate } from "./late-read-audit";
import { findReplay } from "./request-replay";

export type ExitInput = ParkingEventInput;

/** A stay found by this exit request id but never closed cannot answer for an exit: the id is refused as reused. */
function findExitReplay(requestId: string | null | undefined, plate: string): Promise<ExitResult | null> {
  return findReplay({
    key: { column: "exitRequestId", requestId },
    plate,
    toResult: (prior) =>
      prior.exitAt && {
        sessionId: prior.id, plate, entryAt: prior.entryAt, exitAt: prior.exitAt,
        durationMinutes: prior.durationMinutes ?? 0, cost: prior.cost ?? 0, replayed: true,
      },
  });
}

type OpenRow = StoredSessionRow & Tariff;

/** The car's open session and the tariff in one statement. */
async function readOpenSession(tx: SqlTx, plate: string): Promise<{ open: ParkingSession; tariff: Tariff } | null> {
  const [row] = await tx.all<OpenRow>(
    `SELECT p.*, s."pricePerHour", s."graceMinutes" FROM "ParkingSession" p JOIN "Setting" s ON s."id" = 1 WHERE p."openPlate" = $1`,
    [plate],
  );
  if (!row) return null;
  const { pricePerHour, graceMinutes, ...open } = row;
  return { open: toSessionRow(open), tariff: { pricePerHour: Number(pricePerHour), graceMinutes: Number(graceMinutes) } };
}

type ClosedFields = Pick<
  ParkingSession,
  "openPlate" | "status" | "exitAt" | "exitReceivedAt" | "durationMinutes" | "cost" | "exitImage" | "exitSnapshot" | "exitRequestId" | "exitActor"
>;

/**
 * Closes the session only if it is still open (of two simultaneous exits only one matches) and
 * returns the number of rows changed.
 */
async function closeSession(tx: SqlTx, id: number, plate: string, data: ClosedFields): Promise<number> {
  return tx.run(
    `UPDATE "ParkingSession" SET "openPlate" = NULL, "status" = $1, "exitAt" = $2, "durationMinutes" = $3, "cost" = $4,
       "exitImage" = $5, "exitSnapshot" = $6, "exitRequestId" = $7, "exitActor" = $8, "exitReceivedAt" = $9
     WHERE "id" = $10 AND "openPlate" = $11`,
    [data.status, data.exitAt, data.durationMinutes, data.cost, data.exitImage, data.exitSnapshot, data.exitRequestId, data.exitActor, data.exitReceivedAt, id, plate],
  );
}

/** Exits are the second hottest write: one transaction on the driver directly (lib/server/sql). */
export async function registerExit(input: ExitInput): Promise<ExitResult> {
  const plate = requirePlate(input.plate);
  const replay = await findExitReplay(input.requestId, plate);
  if (replay) return replay;
  const sql = await hotSql();
  try {
    return await sql.write(async (tx) => {
      const found = await readOpenSession(tx, plate);
      if (!found) throw notInside(plate);
      const { open, tariff } = found;
      // A read queued on an offline tablet can predate an entry recorded meanwhile by hand or at
      // another gate: the stay is then zero minutes, never negative.
      const receivedAt = new Date();
      const exitAt = new Date(Math.max((input.at ?? receivedAt).getTime(), open.entryAt.getTime()));
      const durationMinutes = stayMinutes(open.entryAt, exitAt);
      const cost = calculateCost(durationMinutes, tariff);
      const data: ClosedFields = {
        openPlate: null, status: "closed", exitAt, exitReceivedAt: receivedAt, durationMinutes, cost,
        exitImage: input.image ?? null, exitSnapshot: input.snapshot ?? null, exitRequestId: input.requestId ?? null, exitActor: input.actor.name,
      };
      if ((await closeSession(tx, open.id, plate, data)) !== 1) throw notInside(plate);
      await writeAuditSql(tx, { actor: input.actor, action: "exit.register", entity: "ParkingSession", entityId: open.id, before: open, after: { ...open, ...data, reading: input.reading } });
      await auditIfLate(tx, { direction: "exit", sessionId: open.id, plate, at: exitAt, receivedAt, actor: input.actor });
      return { sessionId: open.id, plate, entryAt: open.entryAt, exitAt, durationMinutes, cost, replayed: false };
    });
  } catch (error) {
    // A retry racing its own first attempt (same request id) loses with a unique violation or,
    // having waited for the first to commit, with "not_inside": either way it gets the first result.
    if (!isUniqueViolation(error) && !isRaceLoss(error)) throw error;
    const raced = await findExitReplay(input.requestId, plate);
    if (raced) return raced;
    throw isUniqueViolation(error) ? notInside(plate) : error;
  }
}

function isRaceLoss(error: unknown): boolean {
  return error instanceof AppError && error.code === "not_inside";
}
