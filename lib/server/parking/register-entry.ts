import "server-only";
import type { EntryResult } from "@/lib/parking/parking-results";
import type { VehicleClass } from "@/lib/parking/tariff-plan";
import { writeAuditSql } from "../audit";
import { hotSql } from "../db";
import { AppError, isUniqueViolation } from "../errors";
import type { SqlClient, SqlTx } from "../sql/sql-client";
import { alreadyInside, lotFull, requirePlate } from "./parking-errors";
import type { ParkingEventInput } from "./parking-event-input";
import type { ParkingSessionRow } from "./parking-session-row";
import { toSessionRow, type StoredSessionRow } from "./parking-session-sql";
import { checkGate } from "../gates/check-gate";
import { auditIfLate } from "./late-read-audit";
import { findReplay } from "./request-replay";
import { readLotStatus } from "./status";
import { plateDenied, readWatchEntry } from "../passes/plate-checks";
import { newReceiptCode } from "../receipts/receipt-code";

/** vehicleClass picks the tariff plan the stay is charged by at its exit (default car). */
export type EntryInput = ParkingEventInput & { vehicleClass?: VehicleClass };

function findEntryReplay(requestId: string | null | undefined, plate: string): Promise<EntryResult | null> {
  return findReplay({
    key: { column: "entryRequestId", requestId },
    plate,
    toResult: (prior) => ({ entryId: prior.id, plate: prior.plate, entryAt: prior.entryAt, replayed: true }),
  });
}

/** The new open session. A plate already inside fails on the openPlate unique index. */
async function insertOpenSession(tx: SqlTx, plate: string, input: EntryInput, receivedAt: Date, gateId: number | null): Promise<ParkingSessionRow> {
  const [session] = await tx.all<StoredSessionRow>(
    `INSERT INTO "ParkingSession" ("plate", "openPlate", "entryAt", "entryReceivedAt", "entryImage", "entrySnapshot", "entryRequestId", "status", "entryActor", "entryGateId", "vehicleClass", "receiptCode")
     VALUES ($1, $1, $2, $3, $4, $5, $6, 'open', $7, $8, $9, $10) RETURNING *`,
    [plate, input.at ?? receivedAt, receivedAt, input.image ?? null, input.snapshot ?? null, input.requestId ?? null, input.actor.name, gateId, input.vehicleClass ?? "car", newReceiptCode()],
  );
  return toSessionRow(session);
}

/**
 * PostgreSQL: the Setting row is locked, the cars counted (a statement of its own after the lock:
 * READ COMMITTED then sees the entry that held the lock before) and the entry committed in one
 * round trip; the lock was otherwise held across event-loop turns of a busy server, and entries
 * queued behind it. SQLite's BEGIN IMMEDIATE already holds the only write lock.
 */
const LOCK_COUNT_COMMIT = `
  SELECT "id" FROM "Setting" WHERE "id" = 1 FOR UPDATE;
  DO $$ BEGIN
    IF (SELECT COUNT(*) FROM "ParkingSession" WHERE "openPlate" IS NOT NULL) > (SELECT "capacity" FROM "Setting" WHERE "id" = 1) THEN
      RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'pelak:lot_full';
    END IF;
  END $$`;

async function checkCapacity(tx: SqlTx, sql: SqlClient): Promise<void> {
  if (sql.provider === "postgresql") {
    try {
      return await tx.commitWith(LOCK_COUNT_COMMIT);
    } catch (error) {
      throw error instanceof Error && error.message === "pelak:lot_full" ? lotFull() : error;
    }
  }
  const lot = await readLotStatus({ tx, sql });
  if (lot.active > lot.capacity) throw lotFull();
}

/** Entries are the hottest write: one transaction on the driver directly (lib/server/sql). */
export async function registerEntry(input: EntryInput): Promise<EntryResult> {
  const plate = requirePlate(input.plate);
  const replay = await findEntryReplay(input.requestId, plate);
  if (replay) return replay;
  const gateId = await checkGate(input.gateId, "entry");
  const sql = await hotSql();
  const watch = await readWatchEntry(sql, plate);
  if (watch?.kind === "deny") throw plateDenied(plate, watch.reason);
  try {
    return await sql.write(async (tx) => {
      // Inserted first, then counted under the lot's lock, so the lock is held for as little as
      // possible. A plate already inside fails here on the openPlate unique index (caught below),
      // before "full".
      const receivedAt = new Date();
      const session = await insertOpenSession(tx, plate, input, receivedAt, gateId);
      await writeAuditSql(tx, { actor: input.actor, action: "entry.register", entity: "ParkingSession", entityId: session.id, after: { ...session, reading: input.reading, ...(watch && { alert: watch.reason }) } });
      await auditIfLate(tx, { direction: "entry", sessionId: session.id, plate, at: session.entryAt, receivedAt, actor: input.actor });
      await checkCapacity(tx, sql);
      return { entryId: session.id, plate, entryAt: session.entryAt, replayed: false, ...(watch && { alert: { reason: watch.reason } }) };
    });
  } catch (error) {
    // A retry racing its own first attempt (same request id) loses with a unique violation or,
    // having waited for the first to commit, with "already_inside": either way it gets the first result.
    if (!isUniqueViolation(error) && !isRaceLoss(error)) throw error;
    const raced = await findEntryReplay(input.requestId, plate);
    if (raced) return raced;
    throw isUniqueViolation(error) ? alreadyInside(plate) : error;
  }
}

function isRaceLoss(error: unknown): boolean {
  return error instanceof AppError && error.code === "already_inside";
}
