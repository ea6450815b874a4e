import { describe, expect, it } from "vitest";
import { describeAuditRow } from "./describe-audit-row";

const pass = { holder: "Sara", phone: "09121234567", plates: ["12ب345-67"], validFrom: "2026-11-22", validTo: "2026-12-21", kind: "paid", fee: 1_500_000 };
const json = (value: unknown) => (value ? JSON.stringify(value) : null);
const row = (action: string, before: unknown, after: unknown) => ({ action, entity: "Pass", entityId: "1", before: json(before), after: json(after) });

describe("pass and watch-list audit rows in words", () => {
  it("says who got a pass until when, in Jalali dates", () => {
    expect(describeAuditRow(row("pass.create", null, pass), "en").text).toContain("Pass of «Sara» for");
    expect(describeAuditRow(row("pass.create", null, pass), "en").text).toContain("until 1405/09/30");
    expect(describeAuditRow(row("pass.create", null, pass), "fa").text).toContain("۱۴۰۵/۰۹/۳۰");
  });

  it("lists each changed field old → new", () => {
    const changes = describeAuditRow(row("pass.update", pass, { ...pass, fee: 2_000_000, validTo: "2026-12-31" }), "en").changes;
    expect(changes.map((c) => c.label)).toEqual(["Valid", "Fee (Tomans)"]);
    expect(changes[0].after).toContain("1405/10/10");
  });

  it("names the watch-list kind and reason", () => {
    const text = describeAuditRow({ ...row("watch.create", null, { plate: "12ب345-67", kind: "deny", reason: "unpaid" }), entity: "WatchEntry" }, "en").text;
    expect(text).toContain("Deny entry");
    expect(text).toContain("unpaid");
    expect(describeAuditRow({ ...row("watch.delete", { plate: "12ب345-67", kind: "alert", reason: "x" }, null), entity: "WatchEntry" }, "fa").text).toContain("برداشته شد");
  });
});
