import { describe, expect, it } from "vitest";
import { jalaliDayText, parseTehranDateTime, tehranClockText } from "./tehran-wall-time";

describe("Tehran wall time", () => {
  it("reads a Jalali day and a time, in Persian or Latin digits, on the lot's clock", () => {
    // 1405/09/09 is 2026-11-30; 08:30 in Tehran is 05:00 UTC.
    expect(parseTehranDateTime("1405/09/09", "08:30")?.toISOString()).toBe("2026-11-30T05:00:00.000Z");
    expect(parseTehranDateTime("۱۴۰۵/۰۹/۰۹", "۰۸:۳۰")?.toISOString()).toBe("2026-11-30T05:00:00.000Z");
    expect(parseTehranDateTime("1405/09/09", "8:30")?.toISOString()).toBe("2026-11-30T05:00:00.000Z");
  });

  it("refuses what it cannot read", () => {
    expect(parseTehranDateTime("1405/13/01", "08:30")).toBeNull();
    expect(parseTehranDateTime("1405/09/09", "24:00")).toBeNull();
    expect(parseTehranDateTime("yesterday", "08:30")).toBeNull();
  });

  it("writes an instant back as the forms show it", () => {
    const instant = new Date("2026-11-30T05:00:00Z");
    expect(jalaliDayText(instant)).toBe("1405/09/09");
    expect(tehranClockText(instant)).toBe("08:30");
  });
});
