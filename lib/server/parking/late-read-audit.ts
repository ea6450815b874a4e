import "server-only";
import { isLateRead } from "@/lib/gate/late-reads";
import type { Actor } from "../actor";
import { writeAuditSql } from "../audit";
import { hotSql } from "../db";
import type { SqlTx } from "../sql/sql-client";

export const LATE_READ_ACTION = "gate.late_read";

/**
 * A read that reached the server long after it was made (a tablet's offline queue) sets the stay's
 * time in the past: allowed, so that cars seen offline are billed right, but flagged in the audit
 * log and on the admin's dashboard, since it is also how a stay could be shortened on purpose.
 */
export async function auditIfLate(
  tx: SqlTx,
  read: { direction: "entry" | "exit"; sessionId: number; plate: string; at: Date; receivedAt: Date; actor: Actor },
): Promise<void> {
  if (!isLateRead(read.at, read.receivedAt)) return;
  await writeAuditSql(tx, {
    actor: read.actor,
    action: LATE_READ_ACTION,
    entity: "ParkingSession",
    entityId: read.sessionId,
    after: {
      direction: read.direction,
      plate: read.plate,
      readAt: read.at,
      receivedAt: read.receivedAt,
      lateMinutes: Math.round((read.receivedAt.getTime() - read.at.getTime()) / 60_000),
    },
  });
}

/** Late reads flagged in the last day: the admin's dashboard shows how many, polled with the rest. */
export const LATE_READS_WINDOW_MS = 24 * 60 * 60 * 1000;

export async function countRecentLateReads(now = Date.now()): Promise<number> {
  const sql = await hotSql();
  const [row] = await sql.read<{ n: number | string }>(`SELECT COUNT(*) AS "n" FROM "AuditLog" WHERE "action" = $1 AND "at" >= $2`, [
    LATE_READ_ACTION,
    new Date(now - LATE_READS_WINDOW_MS),
  ]);
  return Number(row?.n ?? 0);
}
