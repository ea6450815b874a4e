import { describe, expect, it } from "vitest";
import { parseHistoryQuery } from "./history-filters";

describe("parseHistoryQuery", () => {
  it("reads Jalali days in any digits as lot-local instants and passes them to the export in ISO", () => {
    const query = parseHistoryQuery({ plate: " ۱۲ب ", from: "۱۴۰۵/۰۹/۰۹", to: "1405-9-10", status: "closed", operator: "Sara", cursor: "MTIz" });
    expect(query.filters).toEqual({
      plate: "۱۲ب", from: new Date("2026-11-29T20:30:00Z"), to: new Date("2026-12-01T20:30:00Z"), status: "closed", operator: "Sara",
    });
    expect(query.cursor).toBe("MTIz");
    expect(query.invalid).toEqual([]);
    expect([...query.exportParams]).toEqual([
      ["plate", "۱۲ب"], ["from", "2026-11-29T20:30:00.000Z"], ["to", "2026-12-01T20:30:00.000Z"], ["status", "closed"], ["operator", "Sara"],
    ]);
  });

  it("reports an unreadable date, drops an unknown status or a malformed cursor, and keeps what was typed", () => {
    const query = parseHistoryQuery({ from: "yesterday", status: "parked", cursor: "a b", operator: ["Reza", "Sara"] });
    expect(query.invalid).toEqual(["from"]);
    expect(query.filters).toEqual({ operator: "Reza" });
    expect(query.cursor).toBeUndefined();
    expect(query.values).toEqual({ plate: "", from: "yesterday", to: "", status: "", operator: "Reza", gate: "", payment_method: "" });
  });

  it("filters by a gate id and passes it to the export; a gate that is not an id is dropped", () => {
    const query = parseHistoryQuery({ gate: "3", status: "open" });
    expect(query.filters).toEqual({ status: "open", gate: 3 });
    expect([...query.exportParams]).toEqual([["status", "open"], ["gate", "3"]]);
    expect(parseHistoryQuery({ gate: "North" }).filters).toEqual({});
    expect(parseHistoryQuery({ gate: "0" }).filters).toEqual({});
  });

  it("filters by payment method and passes it to the export as payment_method; an unknown method is dropped", () => {
    const query = parseHistoryQuery({ payment_method: "exempt" });
    expect(query.filters).toEqual({ paymentMethod: "exempt" });
    expect([...query.exportParams]).toEqual([["payment_method", "exempt"]]);
    expect(parseHistoryQuery({ payment_method: "bitcoin" }).filters).toEqual({});
  });
});
