import { describe, expect, it } from "vitest";
import { daysLeft, expiresSoon, isPassValidAt, jalaliOfDay, lotDayKey, parsePassDay, passAtExit, priceWithPass } from "./pass-rules";

const pass = { id: 1, holder: "Sara", validFrom: "2026-11-25", validTo: "2026-12-01" };

describe("pass validity in Tehran days", () => {
  it("reads lot-local days, not UTC days", () => {
    expect(lotDayKey(new Date("2026-11-30T20:29:59Z"))).toBe("2026-11-30");
    expect(lotDayKey(new Date("2026-11-30T20:30:00Z"))).toBe("2026-12-01");
  });

  it("is valid from the first day's 00:00 to the last day's 23:59:59 Tehran time, both inclusive", () => {
    expect(isPassValidAt(pass, new Date("2026-11-24T20:29:59Z"))).toBe(false);
    expect(isPassValidAt(pass, new Date("2026-11-24T20:30:00Z"))).toBe(true);
    expect(isPassValidAt(pass, new Date("2026-12-01T20:29:59Z"))).toBe(true);
    expect(isPassValidAt(pass, new Date("2026-12-01T20:30:00Z"))).toBe(false);
  });

  it("counts the days left: 0 on the last day, 7 a week before", () => {
    expect(daysLeft(pass, new Date("2026-12-01T20:00:00Z"))).toBe(0);
    expect(daysLeft(pass, new Date("2026-11-24T12:00:00Z"))).toBe(7);
    expect(daysLeft({ ...pass, validTo: "2026-12-09" }, new Date("2026-11-30T12:00:00Z"))).toBe(9);
  });

  it("warns about expiry at 7 days left and not at 8", () => {
    const long = { ...pass, validTo: "2026-12-08" };
    expect(expiresSoon(passAtExit([long], new Date("2026-11-30T12:00:00Z")))).toBe(false);
    expect(expiresSoon(passAtExit([long], new Date("2026-12-01T12:00:00Z")))).toBe(true);
  });
});

describe("passAtExit and the price", () => {
  const at = new Date("2026-11-30T10:00:00Z");

  it("a valid pass makes the stay free; the one valid longest is chosen", () => {
    const other = { ...pass, id: 2, holder: "Ali", validTo: "2026-12-20" };
    const found = passAtExit([pass, other], at);
    expect(found).toEqual({ status: "valid", passId: 2, holder: "Ali", validTo: "2026-12-20", daysLeft: 20 });
    expect(priceWithPass(40_000, found)).toBe(0);
  });

  it("an expired pass is reported with its last day and the stay is charged", () => {
    const found = passAtExit([pass], new Date("2026-12-02T10:00:00Z"));
    expect(found).toEqual({ status: "expired", passId: 1, holder: "Sara", validTo: "2026-12-01" });
    expect(priceWithPass(40_000, found)).toBe(40_000);
  });

  it("a pass that has not started says nothing", () => {
    expect(passAtExit([{ ...pass, validFrom: "2026-12-01" }], at)).toBeNull();
    expect(priceWithPass(20_000, null)).toBe(20_000);
  });
});

describe("parsePassDay", () => {
  it("reads Jalali dates in any digits and ISO dates", () => {
    expect(parsePassDay("1405/09/10")).toBe("2026-12-01");
    expect(parsePassDay("۱۴۰۵/۹/۱۰")).toBe("2026-12-01");
    expect(parsePassDay("1405-01-01")).toBe("2026-03-21");
    expect(parsePassDay("1404/12/29")).toBe("2026-03-20");
    expect(parsePassDay("2026-12-01")).toBe("2026-12-01");
  });

  it("refuses days that do not exist and other years", () => {
    expect(parsePassDay("1405/07/31")).toBeNull();
    expect(parsePassDay("1405/13/01")).toBeNull();
    expect(parsePassDay("2026-02-30")).toBeNull();
    expect(parsePassDay("1700-01-01")).toBeNull();
    expect(parsePassDay("yesterday")).toBeNull();
  });

  it("turns a day back into its Jalali date", () => {
    expect(jalaliOfDay("2026-12-01")).toBe("1405/09/10");
    expect(jalaliOfDay("2026-03-21")).toBe("1405/01/01");
  });
});
