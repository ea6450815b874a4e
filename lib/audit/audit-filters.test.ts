import { describe, expect, it } from "vitest";
import { parseAuditQuery, parseJalaliDay } from "./audit-filters";

describe("parseJalaliDay", () => {
  it("reads a Jalali day in any digits as the lot's local day", () => {
    // 1 Farvardin 1405 is 21 March 2026; Tehran is UTC+3:30.
    expect(parseJalaliDay("۱۴۰۵/۰۱/۰۱")).toEqual({ start: new Date("2026-03-20T20:30:00Z"), end: new Date("2026-03-21T20:30:00Z") });
    expect(parseJalaliDay("1405-1-1")).toEqual(parseJalaliDay("١٤٠٥/١/١"));
  });

  it("rejects what is not a day", () => {
    for (const bad of ["", "1405/13/01", "1405/07/31", "1405/01/00", "2026/03/21", "yesterday"]) expect(parseJalaliDay(bad)).toBeNull();
  });
});

describe("parseAuditQuery", () => {
  it("keeps usable filters, normalising the plate and widening the dates to whole days", () => {
    const query = parseAuditQuery({ person: " سارا ", action: "exit.register", plate: "۱۲ ب ۳۴۵ - ۶۷", from: "1405/01/01", to: "1405/01/02", before: "90" });
    expect(query).toEqual({
      filters: {
        person: "سارا",
        action: "exit.register",
        plate: "12ب34567",
        from: new Date("2026-03-20T20:30:00Z"),
        to: new Date("2026-03-22T20:30:00Z"),
      },
      beforeId: 90,
      invalid: [],
    });
  });

  it("drops bad values instead of failing, and names the dates it could not read", () => {
    const query = parseAuditQuery({ action: "DROP TABLE", before: "-3", from: "31/31/31", plate: "%_", person: ["a", "b"] });
    expect(query).toEqual({ filters: { person: "a" }, beforeId: undefined, invalid: ["from"] });
    expect(parseAuditQuery({ action: "gate.late_read" }).filters).toEqual({ action: "gate.late_read" });
  });
});
