import "server-only";
import { toDate } from "../sql/sql-dates";
import type { ParkingSessionRow } from "./parking-session-row";

/** A ParkingSession row as the hot-path SQL returns it: DateTime columns still as stored. */
type DateColumn = "entryAt" | "entryReceivedAt" | "exitAt" | "exitReceivedAt";
export type StoredSessionRow = Omit<ParkingSessionRow, DateColumn> & {
  entryAt: string | Date;
  entryReceivedAt: string | Date | null;
  exitAt: string | Date | null;
  exitReceivedAt: string | Date | null;
};

const toDateOrNull = (value: string | Date | null) => (value === null ? null : toDate(value));

export function toSessionRow(row: StoredSessionRow): ParkingSessionRow {
  return {
    ...row,
    entryAt: toDate(row.entryAt),
    entryReceivedAt: toDateOrNull(row.entryReceivedAt),
    exitAt: toDateOrNull(row.exitAt),
    exitReceivedAt: toDateOrNull(row.exitReceivedAt),
  };
}
