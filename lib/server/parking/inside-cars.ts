import "server-only";
import { toActivityJson } from "@/lib/parking/activity-json";
import type { InsideCarJson } from "@/lib/parking/inside-car-json";
import { owedSoFar } from "@/lib/parking/owed-so-far";
import { db } from "../db";
import { listCarsInside } from "./activity";

/** Cars inside matching `query`, each with the amount it owes if it left now (the list polls every 1.5 s). */
export async function loadCarsInside(opts: { query?: string; now?: Date } = {}): Promise<InsideCarJson[]> {
  const now = opts.now ?? new Date();
  const [cars, tariff] = await Promise.all([
    listCarsInside({ query: opts.query }),
    db.setting.findUniqueOrThrow({ where: { id: 1 }, select: { pricePerHour: true, graceMinutes: true } }),
  ]);
  return cars.map((car) => ({ ...toActivityJson(car), owedSoFar: owedSoFar(car.entryAt, now, tariff) }));
}
