import "server-only";
import type { EntryResult } from "@/lib/parking/parking-results";
import { writeAudit } from "../audit";
import { db, type Tx } from "../db";
import { AppError, isUniqueViolation } from "../errors";
import { lockLot } from "./lot-lock";
import { alreadyInside, lotFull, requirePlate } from "./parking-errors";
import { readLotStatus } from "./status";
import type { ParkingEventInput } from "./parking-event-input";
import type { ParkingSessionRow as ParkingSession } from "./parking-session-row";
import { findReplay } from "./request-replay";

export type EntryInput = ParkingEventInput;

function findEntryReplay(requestId: string | null | undefined, plate: string): Promise<EntryResult | null> {
  return findReplay({
    key: requestId ? { entryRequestId: requestId } : null,
    plate,
    toResult: (prior) => ({ entryId: prior.id, plate: prior.plate, entryAt: prior.entryAt, replayed: true }),
  });
}

/**
 * The new open session, as one raw INSERT … RETURNING: entries are a hot path and a Prisma model
 * query costs ~3x the CPU of raw SQL here (docs/BENCHMARKS.md). The adapter writes the Date
 * parameter in the same format as Prisma (tests/integration/raw-writes.suite.ts). A plate already
 * inside fails on the openPlate unique index.
 */
async function insertOpenSession(tx: Tx, plate: string, input: EntryInput): Promise<ParkingSession> {
  const [session] = await tx.$queryRaw<ParkingSession[]>`
    INSERT INTO "ParkingSession" ("plate", "openPlate", "entryAt", "entryImage", "entrySnapshot", "entryRequestId", "status", "entryActor")
    VALUES (${plate}, ${plate}, ${input.at ?? new Date()}, ${input.image ?? null}, ${input.snapshot ?? null}, ${input.requestId ?? null}, 'open', ${input.actor.name})
    RETURNING *`;
  return session;
}

export async function registerEntry(input: EntryInput): Promise<EntryResult> {
  const plate = requirePlate(input.plate);
  const replay = await findEntryReplay(input.requestId, plate);
  if (replay) return replay;
  try {
    return await db.$transaction(async (tx) => {
      await lockLot(tx);
      // A plate already inside is refused by the openPlate unique index on insert (caught below);
      // it is looked up here only when the lot is full, so that "already inside" wins over "full".
      const lot = await readLotStatus(tx);
      if (lot.free === 0) {
        if (await tx.parkingSession.findUnique({ where: { openPlate: plate }, select: { id: true } })) {
          throw alreadyInside(plate);
        }
        throw lotFull();
      }
      const session = await insertOpenSession(tx, plate, input);
      await writeAudit(tx, { actor: input.actor, action: "entry.register", entity: "ParkingSession", entityId: session.id, after: { ...session, reading: input.reading } });
      return { entryId: session.id, plate, entryAt: session.entryAt, replayed: false };
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
