import { describe, expect, it } from "vitest";
import { csvLine, jalaliDateTime, safeText, STAY_EXPORT_HEADERS, stayExportRow, type ExportStay } from "./stay-export";

const stay: ExportStay = {
  id: 7, plate: "12ب345-67", entryAt: new Date("2026-11-30T06:35:00Z"), exitAt: new Date("2026-11-30T08:05:00Z"),
  durationMinutes: 90, cost: 40_000, status: "closed", entryActor: "=HYPERLINK(\"http://x\")", exitActor: "Sara, gate 2",
  entryGate: "North", exitGate: "-South", paymentMethod: "card", exemptReason: null, waivedAmount: null,
};

describe("safeText", () => {
  it("keeps formulas from running: = + - @ tab and CR at the start get an apostrophe", () => {
    for (const text of ["=1+1", "+98", "-2", "@SUM(A1)", "\t=1", "\r=1"]) expect(safeText(text)).toBe(`'${text}`);
    for (const text of ["Sara", "12ب345-67", "a=b", " =1"]) expect(safeText(text)).toBe(text);
  });
});

describe("stayExportRow", () => {
  it("writes an exempt stay's method, reason (formula-safe) and amount waived", () => {
    const row = stayExportRow({ ...stay, cost: 0, paymentMethod: "exempt", exemptReason: "=cmd", waivedAmount: 40_000 });
    expect(row.slice(-3)).toEqual(["معاف", "'=cmd", 40_000]);
  });

  it("writes Jalali (lot clock) and ISO times, numbers as numbers, status in words, escaped names", () => {
    expect(stayExportRow(stay)).toEqual([
      7, "12ب345-67", "1405/09/09 10:05", "2026-11-30T06:35:00.000Z", "1405/09/09 11:35", "2026-11-30T08:05:00.000Z",
      90, 40_000, "خارج شده", "'=HYPERLINK(\"http://x\")", "Sara, gate 2", "North", "'-South", "کارت", null, null,
    ]);
    expect(stayExportRow(stay)).toHaveLength(STAY_EXPORT_HEADERS.length);
  });

  it("leaves exit, duration, cost and a missing actor empty while the car is inside", () => {
    const open = stayExportRow({ ...stay, exitAt: null, durationMinutes: null, cost: null, status: "open", exitActor: null });
    expect(open.slice(4, 9)).toEqual([null, null, null, null, "داخل پارکینگ"]);
    expect(open[10]).toBeNull();
  });

  it("reads the Jalali day across the Tehran midnight", () => {
    expect(jalaliDateTime(new Date("2026-11-30T20:29:00Z"))).toBe("1405/09/09 23:59");
    expect(jalaliDateTime(new Date("2026-11-30T20:31:00Z"))).toBe("1405/09/10 00:01");
  });
});

describe("csvLine", () => {
  it("quotes commas, quotes and newlines, leaves nulls empty and ends with CRLF", () => {
    expect(csvLine([1, "a,b", 'say "hi"', null, "x\ny"])).toBe('1,"a,b","say ""hi""",,"x\ny"\r\n');
  });
});
