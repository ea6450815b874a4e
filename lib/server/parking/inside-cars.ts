import "server-only";
import { toActivityJson } from "@/lib/parking/activity-json";
import type { InsideCarJson } from "@/lib/parking/inside-car-json";
import { owedSoFar } from "@/lib/parking/owed-so-far";
import { db } from "../db";
import { createPlanPicker } from "../tariffs/stay-pricer";
import { toVehicleClass } from "../tariffs/tariff-rows";
import { listCarsInside } from "./activity";

/** Cars inside matching `query`, each with the amount it owes if it left now (the list polls every 1.5 s). */
export async function loadCarsInside(opts: { query?: string; now?: Date } = {}): Promise<InsideCarJson[]> {
  const now = opts.now ?? new Date();
  const [cars, classes, pickPlan] = await Promise.all([
    listCarsInside({ query: opts.query }),
    db.parkingSession.findMany({ where: { openPlate: { not: null } }, select: { id: true, vehicleClass: true } }),
    createPlanPicker(),
  ]);
  const classOf = new Map(classes.map((row) => [row.id, toVehicleClass(row.vehicleClass)]));
  return cars.map((car) => ({
    ...toActivityJson(car),
    owedSoFar: owedSoFar(car.entryAt, now, pickPlan(classOf.get(car.id) ?? "car", car.entryAt)),
  }));
}
