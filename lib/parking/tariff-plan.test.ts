import { describe, expect, it } from "vitest";
import { flatPlan, hourlyPrice, priceStay, tehranMinuteOfDay, type TariffPlan } from "./tariff-plan";
import { tariffLineLabel } from "./tariff-lines";

// 2026-03-01 08:00 in Tehran (UTC+03:30, no daylight saving since 2022)
const entryAt = new Date("2026-03-01T04:30:00Z");
const after = (minutes: number, seconds = 0) => new Date(entryAt.getTime() + minutes * 60_000 + seconds * 1000);
const price = (plan: TariffPlan, minutes: number, seconds = 0, from = entryAt) =>
  priceStay({ entryAt: from, exitAt: new Date(from.getTime() + minutes * 60_000 + seconds * 1000), plan });
const sum = (lines: { amount: number }[]) => lines.reduce((s, l) => s + l.amount, 0);

const seed = flatPlan(20_000, 0);
const twoPrice: TariffPlan = { ...seed, firstHour: 30_000, nextHour: 20_000 };

describe("priceStay, worked examples", () => {
  it("the seed's example: 120 minutes at 20,000 per hour → 40,000", () => {
    expect(price(seed, 120)).toEqual({
      cost: 40_000,
      minutes: 120,
      lines: [
        { code: "first", quantity: 1, unitPrice: 20_000, unitMinutes: 60, amount: 20_000 },
        { code: "next", quantity: 1, unitPrice: 20_000, unitMinutes: 60, amount: 20_000 },
      ],
    });
  });

  it.each([
    [61, 50_000], // first hour 30,000 + one started next hour
    [120, 50_000], // two whole hours
    [121, 70_000], // a third hour started
  ])("first hour 30,000, next 20,000: %i minutes → %i", (minutes, cost) => {
    const result = price(twoPrice, minutes);
    expect(result.cost).toBe(cost);
    expect(sum(result.lines)).toBe(cost);
  });

  it("unit boundaries: exactly 60 min is one hour; 60 min 59 s is still 60 whole minutes; 61 min is two", () => {
    expect(price(twoPrice, 60).cost).toBe(30_000);
    expect(price(twoPrice, 60, 1)).toMatchObject({ minutes: 60, cost: 30_000 });
    expect(price(twoPrice, 60, 59)).toMatchObject({ minutes: 60, cost: 30_000 });
    expect(price(twoPrice, 61).cost).toBe(50_000);
    expect(price(twoPrice, 0).cost).toBe(30_000); // at least one unit
  });

  it("30-minute units: first 30 min 10,000, each next 30 min 8,000; 95 minutes → 4 units → 34,000", () => {
    const plan: TariffPlan = { ...seed, unitMinutes: 30, firstHour: 10_000, nextHour: 8_000 };
    const result = price(plan, 95);
    expect(result.cost).toBe(10_000 + 3 * 8_000);
    expect(result.lines.map((l) => [l.code, l.quantity])).toEqual([["first", 1], ["next", 3]]);
    expect(price(plan, 30).cost).toBe(10_000);
    expect(price(plan, 31).cost).toBe(18_000);
    expect(hourlyPrice(plan)).toBe(18_000);
  });

  it("15-minute units: 46 minutes → 4 units", () => {
    const plan: TariffPlan = { ...seed, unitMinutes: 15, firstHour: 6_000, nextHour: 5_000 };
    expect(price(plan, 46).cost).toBe(6_000 + 3 * 5_000);
  });

  it("free minutes: within them free (one zero line); past them the whole stay is charged", () => {
    const plan: TariffPlan = { ...twoPrice, freeMinutes: 15 };
    expect(price(plan, 15)).toEqual({ cost: 0, minutes: 15, lines: [{ code: "free", quantity: 1, unitPrice: 0, unitMinutes: 60, amount: 0 }] });
    expect(price(plan, 0).cost).toBe(0);
    expect(price(plan, 16).cost).toBe(30_000);
    expect(price(plan, 75).cost).toBe(50_000);
  });

  it("across midnight with a night price: 22:00–06:00 Tehran at 10,000 per hour, by each hour's start", () => {
    const plan: TariffPlan = { ...twoPrice, night: { start: 22 * 60, end: 6 * 60, price: 10_000 } };
    // In at 20:30 Tehran, out at 01:10 next day: units start 20:30, 21:30 (day), 22:30, 23:30, 00:30 (night)
    const in2030 = new Date("2026-03-01T17:00:00Z");
    expect(tehranMinuteOfDay(in2030)).toBe(20 * 60 + 30);
    const result = price(plan, 4 * 60 + 40, 0, in2030);
    expect(result.lines).toEqual([
      { code: "first", quantity: 1, unitPrice: 30_000, unitMinutes: 60, amount: 30_000 },
      { code: "next", quantity: 1, unitPrice: 20_000, unitMinutes: 60, amount: 20_000 },
      { code: "night", quantity: 3, unitPrice: 10_000, unitMinutes: 60, amount: 30_000 },
    ]);
    expect(result.cost).toBe(80_000);
    // In at 05:00: the unit starting 05:00 is night, the one starting 06:00 a day unit (end exclusive).
    const in0500 = new Date("2026-03-02T01:30:00Z");
    expect(price(plan, 120, 0, in0500).lines.map((l) => [l.code, l.amount])).toEqual([["next", 20_000], ["night", 10_000]]);
    // In at 04:59: units start 04:59 and 05:59, both night.
    const in0459 = new Date("2026-03-02T01:29:00Z");
    expect(price(plan, 61, 0, in0459).lines.map((l) => [l.code, l.quantity])).toEqual([["night", 2]]);
  });

  it("several days with a daily cap: 2 days 3 hours at 30,000/20,000 capped at 150,000 per 24 h", () => {
    const plan: TariffPlan = { ...twoPrice, dailyCap: 150_000 };
    const result = price(plan, 2 * 1440 + 180);
    // Day 1: 30,000 + 23 × 20,000 = 490,000 → 150,000. Day 2: 24 × 20,000 = 480,000 → 150,000. Day 3: 3 × 20,000 = 60,000.
    expect(result.cost).toBe(150_000 + 150_000 + 60_000);
    expect(result.lines.at(-1)).toEqual({ code: "daily_cap", quantity: 2, unitPrice: 150_000, unitMinutes: 60, amount: -(340_000 + 330_000) });
    expect(sum(result.lines)).toBe(result.cost);
    // Exactly 24 h is one block; 24 h + 1 min starts the next.
    expect(price(plan, 1440).cost).toBe(150_000);
    expect(price(plan, 1441).cost).toBe(170_000);
  });

  it("line amounts always add up to the cost", () => {
    const plan: TariffPlan = { freeMinutes: 5, firstHour: 9_000, nextHour: 7_000, unitMinutes: 15, dailyCap: 200_000, night: { start: 23 * 60, end: 7 * 60, price: 3_000 } };
    for (let minutes = 0; minutes < 4 * 1440; minutes += 37) {
      const result = price(plan, minutes);
      expect(sum(result.lines)).toBe(result.cost);
    }
  });

  it("labels every line in Persian and English", () => {
    const [first, next] = price(twoPrice, 121).lines;
    expect(tariffLineLabel(first)).toEqual({ fa: "ساعت اول", en: "First hour" });
    expect(tariffLineLabel(next)).toEqual({ fa: "ساعت بعدی × ۲ (هر یک ۲۰٬۰۰۰ تومان)", en: "Next hour × 2 (20,000 Toman each)" });
  });
});

describe("hourlyPrice", () => {
  it("is the first hour's price, what old clients call price_per_hour", () => {
    expect(hourlyPrice(seed)).toBe(20_000);
    expect(hourlyPrice(twoPrice)).toBe(30_000);
  });
});

it("stays are whole minutes (after() helper sanity)", () => {
  expect(priceStay({ entryAt, exitAt: after(120, 59), plan: seed }).minutes).toBe(120);
});
