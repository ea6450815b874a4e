import { priceStay, type TariffPlan } from "./tariff-plan";

/**
 * What a car inside would pay if it left at `now`, under the plan in force at its entry: the one
 * place the cars-inside list prices an open stay, with the exit's own rule.
 */
export function owedSoFar(entryAt: Date, now: Date, plan: TariffPlan): number {
  return priceStay({ entryAt, exitAt: now < entryAt ? entryAt : now, plan }).cost;
}
