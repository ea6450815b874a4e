import { describe, expect, it } from "vitest";
import { jalaliMonthDays } from "@/lib/i18n/jalali";
import { groupByJalaliMonth } from "./report-months";

const figures = (day: { start: Date; end: Date }, n: number) => ({ ...day, entries: n, exits: n, revenue: n * 1000, stayedMinutes: n * 60, peakOccupancy: n });

describe("groupByJalaliMonth", () => {
  it("sums the lot's days by Jalali month, split at Tehran midnight (Esfand 1403 had 30 days)", () => {
    const esfand = jalaliMonthDays({ year: 1403, month: 12 });
    const farvardin = jalaliMonthDays({ year: 1404, month: 1 });
    expect(esfand).toHaveLength(30);
    // 1 Farvardin 1404 began at 2025-03-20T20:30Z, Tehran's midnight.
    expect(farvardin[0].start.toISOString()).toBe("2025-03-20T20:30:00.000Z");
    const days = [...esfand.slice(-2), ...farvardin.slice(0, 3)].map((day, i) => figures(day, i + 1));
    const months = groupByJalaliMonth(days);
    expect(months.map((m) => [m.month, m.days, m.entries, m.revenue, m.stayedMinutes, m.peakOccupancy])).toEqual([
      [{ year: 1403, month: 12 }, 2, 3, 3000, 180, 2],
      [{ year: 1404, month: 1 }, 3, 12, 12_000, 720, 5],
    ]);
    expect(months[1].start).toEqual(farvardin[0].start);
    expect(months[1].end).toEqual(farvardin[2].end);
    expect(months[0].end).toEqual(farvardin[0].start);
  });

  it("returns nothing for no days", () => {
    expect(groupByJalaliMonth([])).toEqual([]);
  });
});
