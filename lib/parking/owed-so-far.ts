import { calculateCost, stayMinutes, type Tariff } from "./tariff";

/**
 * What a car inside would pay if it left at `now`. The one place the cars-inside list prices an
 * open stay: when tariff plans replace the one hourly price, only this function changes.
 */
export function owedSoFar(entryAt: Date, now: Date, tariff: Tariff): number {
  return calculateCost(stayMinutes(entryAt, now), tariff);
}
