import "server-only";
import { toDate } from "../sql/sql-dates";
import type { ParkingSessionRow } from "./parking-session-row";

/** A ParkingSession row as the hot-path SQL returns it: DateTime columns still as stored. */
export type StoredSessionRow = Omit<ParkingSessionRow, "entryAt" | "exitAt"> & { entryAt: string | Date; exitAt: string | Date | null };

export function toSessionRow(row: StoredSessionRow): ParkingSessionRow {
  return { ...row, entryAt: toDate(row.entryAt), exitAt: row.exitAt === null ? null : toDate(row.exitAt) };
}
