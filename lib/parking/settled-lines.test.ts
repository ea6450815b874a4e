import { describe, expect, it } from "vitest";
import { settleLines } from "./settled-lines";
import { flatPlan, priceStay } from "./tariff-plan";

const entryAt = new Date("2026-11-30T08:00:00Z");
const twoHours = priceStay({ entryAt, exitAt: new Date("2026-11-30T10:00:00Z"), plan: flatPlan(20_000, 0) });
const total = (lines: { amount: number }[]) => lines.reduce((sum, line) => sum + line.amount, 0);

describe("settleLines", () => {
  it("keeps the plan's lines when they add up to what was charged", () => {
    expect(settleLines(twoHours.lines, 40_000, "cash")).toEqual(twoHours.lines);
  });

  it("takes the price off for a pass and for an exemption", () => {
    for (const method of ["pass", "exempt"] as const) {
      const lines = settleLines(twoHours.lines, 0, method);
      expect(lines.at(-1)).toMatchObject({ code: method, amount: -40_000 });
      expect(total(lines)).toBe(0);
    }
  });

  it("shows an admin's correction up or down as its own line", () => {
    expect(settleLines(twoHours.lines, 35_000, "cash").at(-1)).toMatchObject({ code: "correction", amount: -5_000 });
    expect(total(settleLines(twoHours.lines, 50_000, "card"))).toBe(50_000);
  });
});
