import "server-only";
import { db } from "../db";
import { requestIdReused } from "./parking-errors";
import type { ParkingSessionRow } from "./parking-session-row";

type RequestKey = { entryRequestId: string } | { exitRequestId: string };

/**
 * A repeated request id (a retried or queued request) returns the first result instead of a second
 * entry or exit. The same id sent with another plate, or a prior stay that `toResult` cannot answer
 * from, is a reused id and refused.
 */
export async function findReplay<T>(opts: {
  key: RequestKey | null;
  plate: string;
  toResult: (prior: ParkingSessionRow) => T | null;
}): Promise<T | null> {
  if (!opts.key) return null;
  const prior = await db.parkingSession.findUnique({ where: opts.key });
  if (!prior) return null;
  const result = prior.plate === opts.plate ? opts.toResult(prior) : null;
  if (result === null) throw requestIdReused();
  return result;
}
