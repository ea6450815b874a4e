import "server-only";
import type { Actor } from "../actor";
import { writeAudit } from "../audit";
import { db } from "../db";
import { AppError, isUniqueViolation } from "../errors";
import { lockLot } from "./lot-lock";
import { alreadyInside, lotFull, requestIdReused, requirePlate } from "./parking-errors";
import { readLotStatus } from "./status";

export type EntryInput = { plate: string; image?: string | null; requestId?: string | null; actor: Actor };
export type EntryResult = { entryId: number; plate: string; entryAt: Date; replayed: boolean };

/** A repeated request id (a retried or queued request) returns the first result instead of a second entry. */
async function findReplay(requestId: string | null | undefined, plate: string): Promise<EntryResult | null> {
  if (!requestId) return null;
  const prior = await db.parkingSession.findUnique({ where: { entryRequestId: requestId } });
  if (!prior) return null;
  if (prior.plate !== plate) throw requestIdReused();
  return { entryId: prior.id, plate: prior.plate, entryAt: prior.entryAt, replayed: true };
}

export async function registerEntry(input: EntryInput): Promise<EntryResult> {
  const plate = requirePlate(input.plate);
  const replay = await findReplay(input.requestId, plate);
  if (replay) return replay;
  try {
    return await db.$transaction(async (tx) => {
      await lockLot(tx);
      // A plate already inside is refused by the openPlate unique index on insert (P2002, below);
      // it is looked up here only when the lot is full, so that "already inside" wins over "full".
      const lot = await readLotStatus(tx);
      if (lot.free === 0) {
        if (await tx.parkingSession.findUnique({ where: { openPlate: plate }, select: { id: true } })) {
          throw alreadyInside(plate);
        }
        throw lotFull();
      }
      const session = await tx.parkingSession.create({
        data: {
          plate,
          openPlate: plate,
          entryImage: input.image ?? null,
          entryRequestId: input.requestId ?? null,
          entryActor: input.actor.name,
        },
      });
      await writeAudit(tx, { actor: input.actor, action: "entry.register", entity: "ParkingSession", entityId: session.id, after: session });
      return { entryId: session.id, plate, entryAt: session.entryAt, replayed: false };
    });
  } catch (error) {
    // A retry racing its own first attempt (same request id) loses with a unique violation or,
    // having waited for the first to commit, with "already_inside": either way it gets the first result.
    if (!isUniqueViolation(error) && !isRaceLoss(error)) throw error;
    const raced = await findReplay(input.requestId, plate);
    if (raced) return raced;
    throw isUniqueViolation(error) ? alreadyInside(plate) : error;
  }
}

function isRaceLoss(error: unknown): boolean {
  return error instanceof AppError && error.code === "already_inside";
}
