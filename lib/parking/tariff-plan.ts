import { stayMinutes } from "./tariff";
import { TIME_ZONE } from "@/lib/i18n/format";

export const VEHICLE_CLASSES = ["car", "motorcycle", "van"] as const;
export type VehicleClass = (typeof VEHICLE_CLASSES)[number];
export const UNIT_MINUTES = [60, 30, 15] as const;

/** A window of Tehran wall-clock time, in minutes after midnight; start > end wraps past midnight. */
export type NightWindow = { start: number; end: number; price: number };

/** One version of a vehicle class's tariff. Prices in Toman; "hour" means one unit of unitMinutes. */
export type TariffPlan = {
  freeMinutes: number;
  firstHour: number;
  nextHour: number;
  unitMinutes: number;
  dailyCap: number | null;
  night: NightWindow | null;
};

export type TariffLineCode = "free" | "first" | "next" | "night" | "daily_cap" | AdjustmentCode;

/** Why the amount charged differs from the plan's price: a pass, an exemption, an admin's correction. */
export type AdjustmentCode = "pass" | "exempt" | "correction";

/** One line of a bill: `quantity` units at `unitPrice`; the daily cap's line is a negative amount. */
export type TariffLine = { code: TariffLineCode; quantity: number; unitPrice: number; unitMinutes: number; amount: number };

export type StayPrice = { cost: number; minutes: number; lines: TariffLine[] };

const DAY_MINUTES = 24 * 60;
const MINUTE_MS = 60_000;

/** Today's rule as a plan: one price per started hour, stays within the grace period free. */
export function flatPlan(pricePerHour: number, graceMinutes: number): TariffPlan {
  return { freeMinutes: graceMinutes, firstHour: pricePerHour, nextHour: pricePerHour, unitMinutes: 60, dailyCap: null, night: null };
}

let tehranClock: Intl.DateTimeFormat | undefined;

/** Minutes after midnight on Tehran's wall clock (Iran's past daylight saving included). */
export function tehranMinuteOfDay(instant: Date): number {
  tehranClock ??= new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const parts = tehranClock.formatToParts(instant);
  const value = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return value("hour") * 60 + value("minute");
}

export function isInWindow(minuteOfDay: number, window: NightWindow): boolean {
  return window.start < window.end
    ? minuteOfDay >= window.start && minuteOfDay < window.end
    : minuteOfDay >= window.start || minuteOfDay < window.end;
}

type Unit = { code: "first" | "next" | "night"; price: number; block: number };

function unitsOf(entryAt: Date, minutes: number, plan: TariffPlan): Unit[] {
  const count = Math.max(1, Math.ceil(minutes / plan.unitMinutes));
  return Array.from({ length: count }, (_, i) => {
    const offset = i * plan.unitMinutes;
    const block = Math.floor(offset / DAY_MINUTES);
    const start = new Date(entryAt.getTime() + offset * MINUTE_MS);
    if (plan.night && isInWindow(tehranMinuteOfDay(start), plan.night)) return { code: "night", price: plan.night.price, block };
    return i === 0 ? { code: "first", price: plan.firstHour, block } : { code: "next", price: plan.nextHour, block };
  });
}

/** What the daily cap takes off: each 24 h block from entry costs at most dailyCap. */
function capReduction(units: Unit[], cap: number | null): { blocks: number; amount: number } {
  if (cap === null) return { blocks: 0, amount: 0 };
  const perBlock = new Map<number, number>();
  for (const unit of units) perBlock.set(unit.block, (perBlock.get(unit.block) ?? 0) + unit.price);
  let blocks = 0;
  let amount = 0;
  for (const total of perBlock.values()) {
    if (total > cap) {
      blocks += 1;
      amount += total - cap;
    }
  }
  return { blocks, amount };
}

/**
 * Prices a stay under one plan; the exit, the quote API, the admin's calculator and the list of
 * cars inside all call this, so they cannot disagree.
 * - The stay is counted in whole minutes (stayMinutes): 60 min 59 s is 60 minutes.
 * - A stay of at most freeMinutes (when > 0) is free; past them the whole stay is charged.
 * - Every started unit of unitMinutes is charged, at least one: the first at firstHour, each
 *   further one at nextHour, except that a unit whose START falls in the night window (Tehran
 *   wall clock, start inclusive, end exclusive) costs the night price instead, the first included.
 * - No 24 h block counted from entry costs more than dailyCap; the cut is one negative line.
 * The lines' amounts always add up to cost.
 */
export function priceStay(opts: { entryAt: Date; exitAt: Date; plan: TariffPlan }): StayPrice {
  const { plan } = opts;
  const minutes = stayMinutes(opts.entryAt, opts.exitAt);
  const unitMinutes = plan.unitMinutes;
  if (plan.freeMinutes > 0 && minutes <= plan.freeMinutes) {
    return { cost: 0, minutes, lines: [{ code: "free", quantity: 1, unitPrice: 0, unitMinutes, amount: 0 }] };
  }
  const units = unitsOf(opts.entryAt, minutes, plan);
  const lines: TariffLine[] = [];
  for (const code of ["first", "next", "night"] as const) {
    const matching = units.filter((u) => u.code === code);
    if (matching.length === 0) continue;
    const unitPrice = matching[0].price;
    lines.push({ code, quantity: matching.length, unitPrice, unitMinutes, amount: matching.length * unitPrice });
  }
  const cap = capReduction(units, plan.dailyCap);
  if (cap.amount > 0) lines.push({ code: "daily_cap", quantity: cap.blocks, unitPrice: plan.dailyCap ?? 0, unitMinutes, amount: -cap.amount });
  return { cost: lines.reduce((sum, line) => sum + line.amount, 0), minutes, lines };
}

/** The price of the first hour under a plan: what GET /api/settings calls price_per_hour. */
export function hourlyPrice(plan: TariffPlan): number {
  const units = 60 / plan.unitMinutes;
  return plan.firstHour + (units - 1) * plan.nextHour;
}

/** "22:00" ↔ 1320 */
export function parseClock(text: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

export function formatClock(minuteOfDay: number): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`;
}
