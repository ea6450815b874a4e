import "server-only";
import { localDayRange } from "@/lib/parking/day-range";
import { db } from "../db";
import { readSettings } from "./settings";

export type ParkingStatus = {
  lotName: string;
  capacity: number;
  active: number;
  free: number;
  pricePerHour: number;
  graceMinutes: number;
  todayRevenue: number;
};

/** Money taken today (lot's local day): exits closed today, whatever day the car came in. */
export async function todayRevenue(now = new Date()): Promise<number> {
  const { start, end } = localDayRange(now, process.env.LOT_TIME_ZONE || undefined);
  const sum = await db.parkingSession.aggregate({
    _sum: { cost: true },
    where: { status: "closed", exitAt: { gte: start, lt: end } },
  });
  return sum._sum.cost ?? 0;
}

export async function countInside(): Promise<number> {
  return db.parkingSession.count({ where: { openPlate: { not: null } } });
}

export async function getParkingStatus(): Promise<ParkingStatus> {
  const [settings, active, revenue] = await Promise.all([readSettings(), countInside(), todayRevenue()]);
  return {
    lotName: settings.lotName,
    capacity: settings.capacity,
    active,
    free: Math.max(0, settings.capacity - active),
    pricePerHour: settings.pricePerHour,
    graceMinutes: settings.graceMinutes,
    todayRevenue: revenue,
  };
}
