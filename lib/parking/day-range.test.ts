import { describe, expect, it } from "vitest";
import { localDayRange } from "./day-range";

describe("localDayRange", () => {
  it("uses Tehran's day (UTC+03:30) by default", () => {
    const { start, end } = localDayRange(new Date("2026-11-25T22:00:00Z"));
    expect(start.toISOString()).toBe("2026-11-25T20:30:00.000Z");
    expect(end.toISOString()).toBe("2026-11-26T20:30:00.000Z");
  });

  it("counts a time just after local midnight into the new day", () => {
    const { start } = localDayRange(new Date("2026-11-25T20:31:00Z"));
    expect(start.toISOString()).toBe("2026-11-25T20:30:00.000Z");
    expect(localDayRange(new Date("2026-11-25T20:29:00Z")).start.toISOString()).toBe("2026-11-24T20:30:00.000Z");
  });

  it("follows other zones, including a daylight-saving change", () => {
    const { start, end } = localDayRange(new Date("2026-03-29T12:00:00Z"), "Europe/Berlin");
    expect(start.toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(end.toISOString()).toBe("2026-03-29T22:00:00.000Z");
  });
});
