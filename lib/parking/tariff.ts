export type Tariff = { pricePerHour: number; graceMinutes: number };

const MINUTE_MS = 60_000;

/** Whole minutes between entry and exit, never negative (clock skew between devices). */
export function stayMinutes(entryAt: Date, exitAt: Date): number {
  return Math.max(0, Math.floor((exitAt.getTime() - entryAt.getTime()) / MINUTE_MS));
}

/**
 * Price per started hour with a one-hour minimum. A stay no longer than the grace period is
 * free; past it the whole stay is charged (grace does not shorten a paid stay).
 * 120 min at 20,000 → 40,000; 121 min → 60,000; 0 min with no grace → 20,000.
 */
export function calculateCost(minutes: number, tariff: Tariff): number {
  if (!Number.isInteger(minutes) || minutes < 0) throw new RangeError("minutes must be a non-negative integer");
  if (tariff.graceMinutes > 0 && minutes <= tariff.graceMinutes) return 0;
  const hours = Math.max(1, Math.ceil(minutes / 60));
  return hours * tariff.pricePerHour;
}
