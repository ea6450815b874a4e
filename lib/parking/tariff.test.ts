import { describe, expect, it } from "vitest";
import { calculateCost, stayMinutes } from "./tariff";

const seed = { pricePerHour: 20_000, graceMinutes: 0 };

describe("calculateCost", () => {
  it("keeps the original system's example: 120 minutes at 20,000 → 40,000", () => {
    expect(calculateCost(120, seed)).toBe(40_000);
  });

  it.each([
    [0, 20_000],
    [1, 20_000],
    [60, 20_000],
    [61, 40_000],
    [121, 60_000],
    [24 * 60, 480_000],
  ])("charges %i minutes per started hour → %i", (minutes, cost) => {
    expect(calculateCost(minutes, seed)).toBe(cost);
  });

  it("lets a stay within the grace period go free, and charges the whole stay after it", () => {
    const tariff = { pricePerHour: 20_000, graceMinutes: 10 };
    expect(calculateCost(0, tariff)).toBe(0);
    expect(calculateCost(10, tariff)).toBe(0);
    expect(calculateCost(11, tariff)).toBe(20_000);
    expect(calculateCost(70, tariff)).toBe(40_000);
  });

  it("refuses impossible durations", () => {
    expect(() => calculateCost(-1, seed)).toThrow(RangeError);
    expect(() => calculateCost(1.5, seed)).toThrow(RangeError);
  });
});

describe("stayMinutes", () => {
  it("counts whole minutes and never goes negative", () => {
    const entry = new Date("2026-01-01T10:00:00Z");
    expect(stayMinutes(entry, new Date("2026-01-01T12:00:59Z"))).toBe(120);
    expect(stayMinutes(entry, new Date("2026-01-01T09:59:00Z"))).toBe(0);
  });
});
