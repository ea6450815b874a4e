import "server-only";
import { normalizePlateInput } from "@/lib/parking/plate-normalize";
import { db, hotSql } from "../db";
import { toDate } from "../sql/sql-dates";
import type { ActivityItem } from "@/lib/parking/activity-json";
import { withGateNames, type WithGateNames } from "../gates/gate-names";
import { ACTIVITY_SELECT, toActivityItem } from "./session-view";
import { withWatchAlerts } from "../passes/plate-checks";

const MAX_LIMIT = 500;

function clampLimit(limit: number | undefined, fallback: number): number {
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit ?? fallback)));
}

const ACTIVITY_COLUMNS = `"id", "plate", "status", "entryAt", "exitAt", "durationMinutes", "cost", "entrySnapshot", "exitSnapshot", "entryGateId", "exitGateId", "paymentMethod", "exemptReason", "waivedAmount"`;
type StoredActivityRow = Omit<ActivityItem, "status" | "entryAt" | "exitAt"> & {
  status: string; entryAt: string | Date; exitAt: string | Date | null; entryGateId: number | null; exitGateId: number | null;
};
const fromStored = (row: WithGateNames<StoredActivityRow>) =>
  toActivityItem({ ...row, entryAt: toDate(row.entryAt), exitAt: row.exitAt === null ? null : toDate(row.exitAt) });

/**
 * Latest sessions first, by their last event (an exit moves a session back to the top). Every
 * dashboard polls it each second or two, so it is hot-path SQL (lib/server/sql).
 */
export async function listRecentActivity(opts: { limit?: number } = {}): Promise<ActivityItem[]> {
  const take = clampLimit(opts.limit, 20);
  const sql = await hotSql();
  const [entered, exited] = await Promise.all([
    sql.read<StoredActivityRow>(`SELECT ${ACTIVITY_COLUMNS} FROM "ParkingSession" ORDER BY "entryAt" DESC LIMIT $1`, [take]),
    sql.read<StoredActivityRow>(`SELECT ${ACTIVITY_COLUMNS} FROM "ParkingSession" WHERE "exitAt" IS NOT NULL ORDER BY "exitAt" DESC LIMIT $1`, [take]),
  ]);
  const named = await withGateNames([...entered, ...exited]);
  const byId = new Map(named.map((row) => [row.id, fromStored(row)]));
  const lastEvent = (item: ActivityItem) => (item.exitAt ?? item.entryAt).getTime();
  return withWatchAlerts(sql, [...byId.values()].sort((a, b) => lastEvent(b) - lastEvent(a) || b.id - a.id).slice(0, take));
}

/**
 * Cars inside now, optionally filtered by any part of the plate as typed (digits in any script,
 * with or without the dash). Filtered in memory: the open sessions are bounded by the capacity.
 */
export async function listCarsInside(opts: { query?: string; limit?: number } = {}): Promise<ActivityItem[]> {
  const query = normalizePlateInput(opts.query ?? "");
  const rows = await db.parkingSession.findMany({
    where: { openPlate: { not: null } },
    orderBy: { entryAt: "desc" },
    select: ACTIVITY_SELECT,
  });
  const matches = query ? rows.filter((row) => row.plate.replace("-", "").includes(query)) : rows;
  return matches.slice(0, clampLimit(opts.limit, 200)).map(toActivityItem);
}
