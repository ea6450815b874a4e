import { describe, expect, it } from "vitest";
import { shiftsCsv } from "./shift-export";
import type { ShiftSummary } from "./shift-summary";

const shift: ShiftSummary = {
  id: 7, operatorName: "=HYPERLINK(\"x\")", openedAt: new Date("2026-11-30T05:30:00Z"), closedAt: new Date("2026-11-30T13:30:00Z"),
  exits: 3, expectedCash: 40_000, expectedCard: 20_000, passExits: 0, exemptExits: 1, waivedAmount: 20_000, countedCash: 35_000, difference: -5_000,
};

describe("shiftsCsv", () => {
  it("writes Persian headers, Jalali and ISO times, plain numbers, and keeps a formula-like name text", () => {
    const [header, row] = shiftsCsv([shift]).replace("\uFEFF", "").trim().split("\r\n");
    expect(header.split(",")[1]).toBe("متصدی");
    expect(row).toBe(`7,"'=HYPERLINK(""x"")",1405/09/09 09:00,2026-11-30T05:30:00.000Z,1405/09/09 17:00,2026-11-30T13:30:00.000Z,3,40000,20000,0,1,20000,35000,-5000`);
  });
});
