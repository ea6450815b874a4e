import "server-only";
import { localDayRange } from "@/lib/parking/day-range";
import type { ParkingStatus } from "@/lib/parking/parking-results";
import { hotSql } from "../db";
import type { SqlClient, SqlTx } from "../sql/sql-client";
import { hourlyPrice } from "@/lib/parking/tariff-plan";
import { currentPlan } from "../tariffs/tariff-plans";

/** Money taken today (lot's local day): exits closed today, whatever day the car came in. */
export async function todayRevenue(now = new Date()): Promise<number> {
  const { start, end } = localDayRange(now);
  const sql = await hotSql();
  const [row] = await sql.read<{ revenue: number | null }>(
    `SELECT SUM("cost") AS "revenue" FROM "ParkingSession" WHERE "exitAt" >= $1 AND "exitAt" < $2 AND "status" = 'closed'`,
    [start, end],
  );
  return Number(row?.revenue ?? 0);
}

export type LotStatus = Omit<ParkingStatus, "todayRevenue">;

type LotRow = { lotName: string; capacity: number; pricePerHour: number; graceMinutes: number; active: number };

const LOT_STATUS = `
  SELECT "lotName", "capacity", "pricePerHour", "graceMinutes",
    (SELECT COUNT(*) FROM "ParkingSession" WHERE "openPlate" IS NOT NULL) AS "active"
  FROM "Setting" WHERE "id" = 1`;

/**
 * Settings and the number of cars inside in one statement: every entry and every status poll
 * reads them. Inside an entry's transaction (`tx`, SQLite) it sees that transaction's own insert.
 */
export async function readLotStatus(opts: { tx?: SqlTx; sql?: SqlClient } = {}): Promise<LotStatus> {
  const sql = opts.sql ?? (await hotSql());
  const [row] = opts.tx ? await opts.tx.all<LotRow>(LOT_STATUS) : await sql.read<LotRow>(LOT_STATUS);
  if (!row) throw new Error("The Setting row (id 1) is missing; run the migrations.");
  const active = Number(row.active);
  const capacity = Number(row.capacity);
  return {
    lotName: row.lotName,
    capacity,
    active,
    free: Math.max(0, capacity - active),
    pricePerHour: Number(row.pricePerHour),
    graceMinutes: Number(row.graceMinutes),
  };
}

export async function getParkingStatus(): Promise<ParkingStatus> {
  const [lot, revenue, plan] = await Promise.all([readLotStatus(), todayRevenue(), currentPlan()]);
  // The price a car entering now pays (the car plan in force), not the settings' copy.
  return { ...lot, pricePerHour: hourlyPrice(plan), graceMinutes: plan.freeMinutes, todayRevenue: revenue };
}
