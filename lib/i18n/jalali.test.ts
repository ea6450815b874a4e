import { describe, expect, it } from "vitest";
import { jalaliDate, jalaliMonthDays, lastDays, nextJalaliMonth, previousJalaliMonth } from "./jalali";

describe("jalaliDate", () => {
  it("reads the date on the Tehran wall clock", () => {
    expect(jalaliDate(new Date("2026-11-25T12:00:00Z"))).toEqual({ year: 1405, month: 9, day: 4 });
    // 21:00 UTC on 20 March 2026 is already 1 Farvardin 1405 in Tehran (00:30 local).
    expect(jalaliDate(new Date("2026-03-20T21:00:00Z"))).toEqual({ year: 1405, month: 1, day: 1 });
  });
});

describe("jalaliMonthDays", () => {
  it("lists the 30 days of Azar 1405 from Tehran midnight to midnight", () => {
    const days = jalaliMonthDays({ year: 1405, month: 9 });
    expect(days).toHaveLength(30);
    expect(days[0].start.toISOString()).toBe("2026-11-21T20:30:00.000Z");
    expect(days.at(-1)?.end.toISOString()).toBe("2026-12-21T20:30:00.000Z");
    for (let i = 1; i < days.length; i++) expect(days[i].start).toEqual(days[i - 1].end);
  });

  it("gives the first half of the year 31 days and Esfand 29 or 30", () => {
    expect(jalaliMonthDays({ year: 1405, month: 1 })).toHaveLength(31);
    expect(jalaliMonthDays({ year: 1405, month: 6 })).toHaveLength(31);
    expect(jalaliMonthDays({ year: 1405, month: 7 })).toHaveLength(30);
    expect([29, 30]).toContain(jalaliMonthDays({ year: 1404, month: 12 }).length);
  });
});

describe("month steps and recent days", () => {
  it("wraps around the year", () => {
    expect(nextJalaliMonth({ year: 1404, month: 12 })).toEqual({ year: 1405, month: 1 });
    expect(previousJalaliMonth({ year: 1405, month: 1 })).toEqual({ year: 1404, month: 12 });
  });

  it("ends the last days with today", () => {
    const now = new Date("2026-11-25T16:30:00Z");
    const days = lastDays(30, now);
    expect(days).toHaveLength(30);
    expect(days.at(-1)?.start.toISOString()).toBe("2026-11-24T20:30:00.000Z");
    expect(days[0].start.toISOString()).toBe("2026-10-26T20:30:00.000Z");
  });
});
