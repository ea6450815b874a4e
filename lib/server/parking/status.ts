import "server-only";
import { localDayRange } from "@/lib/parking/day-range";
import type { ParkingStatus } from "@/lib/parking/parking-results";
import { db, type Tx } from "../db";

/** Money taken today (lot's local day): exits closed today, whatever day the car came in. */
export async function todayRevenue(now = new Date()): Promise<number> {
  const { start, end } = localDayRange(now);
  const sum = await db.parkingSession.aggregate({
    _sum: { cost: true },
    where: { status: "closed", exitAt: { gte: start, lt: end } },
  });
  return sum._sum.cost ?? 0;
}

export type LotStatus = Omit<ParkingStatus, "todayRevenue">;

type LotRow = { lotName: string; capacity: number; pricePerHour: number; graceMinutes: number; active: bigint | number };

/**
 * Settings and the number of cars inside in one statement: every entry and every status poll
 * reads them, and each Prisma query costs far more CPU than the SQL itself (docs/BENCHMARKS.md).
 */
export async function readLotStatus(client: Pick<Tx, "$queryRaw"> = db): Promise<LotStatus> {
  const [row] = await client.$queryRaw<LotRow[]>`
    SELECT "lotName", "capacity", "pricePerHour", "graceMinutes",
      (SELECT COUNT(*) FROM "ParkingSession" WHERE "openPlate" IS NOT NULL) AS "active"
    FROM "Setting" WHERE "id" = 1`;
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
  const [lot, revenue] = await Promise.all([readLotStatus(), todayRevenue()]);
  return { ...lot, todayRevenue: revenue };
}
