import "server-only";
import { hotSql } from "../db";
import { requestIdReused } from "./parking-errors";
import type { ParkingSessionRow } from "./parking-session-row";
import { toSessionRow, type StoredSessionRow } from "./parking-session-sql";

const BY_KEY = {
  entryRequestId: `SELECT * FROM "ParkingSession" WHERE "entryRequestId" = $1`,
  exitRequestId: `SELECT * FROM "ParkingSession" WHERE "exitRequestId" = $1`,
};

/**
 * A repeated request id (a retried or queued request) returns the first result instead of a second
 * entry or exit. The same id sent with another plate, or a prior stay that `toResult` cannot answer
 * from, is a reused id and refused.
 */
export async function findReplay<T>(opts: {
  key: { column: keyof typeof BY_KEY; requestId: string | null | undefined };
  plate: string;
  toResult: (prior: ParkingSessionRow) => T | null;
}): Promise<T | null> {
  if (!opts.key.requestId) return null;
  const sql = await hotSql();
  const [stored] = await sql.read<StoredSessionRow>(BY_KEY[opts.key.column], [opts.key.requestId]);
  if (!stored) return null;
  const prior = toSessionRow(stored);
  const result = prior.plate === opts.plate ? opts.toResult(prior) : null;
  if (result === null) throw requestIdReused();
  return result;
}
