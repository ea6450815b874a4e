import { describe, expect, it } from "vitest";
import { owedSoFar } from "./owed-so-far";

const entry = new Date("2026-11-30T08:00:00Z");
const at = (minutes: number) => new Date(entry.getTime() + minutes * 60_000);

describe("owedSoFar", () => {
  it("prices the stay so far as an exit now would", () => {
    expect(owedSoFar(entry, at(0), { pricePerHour: 20_000, graceMinutes: 0 })).toBe(20_000);
    expect(owedSoFar(entry, at(61), { pricePerHour: 20_000, graceMinutes: 0 })).toBe(40_000);
    expect(owedSoFar(entry, at(10), { pricePerHour: 20_000, graceMinutes: 15 })).toBe(0);
    expect(owedSoFar(entry, at(16), { pricePerHour: 20_000, graceMinutes: 15 })).toBe(20_000);
  });

  it("never charges for a clock that runs behind the entry", () => {
    expect(owedSoFar(entry, at(-5), { pricePerHour: 20_000, graceMinutes: 0 })).toBe(20_000);
  });
});
