import { describe, expect, it } from "vitest";
import { owedSoFar } from "./owed-so-far";
import { flatPlan, type TariffPlan } from "./tariff-plan";

const entry = new Date("2026-11-30T08:00:00Z");
const at = (minutes: number) => new Date(entry.getTime() + minutes * 60_000);

describe("owedSoFar", () => {
  it("prices the stay so far as an exit now would", () => {
    expect(owedSoFar(entry, at(0), flatPlan(20_000, 0))).toBe(20_000);
    expect(owedSoFar(entry, at(61), flatPlan(20_000, 0))).toBe(40_000);
    expect(owedSoFar(entry, at(10), flatPlan(20_000, 15))).toBe(0);
    expect(owedSoFar(entry, at(16), flatPlan(20_000, 15))).toBe(20_000);
  });

  it("uses the plan's first and next hour", () => {
    const plan: TariffPlan = { ...flatPlan(30_000, 0), nextHour: 20_000 };
    expect(owedSoFar(entry, at(121), plan)).toBe(70_000);
  });

  it("never charges for a clock that runs behind the entry", () => {
    expect(owedSoFar(entry, at(-5), flatPlan(20_000, 0))).toBe(20_000);
  });
});
