import { describe, expect, it } from "vitest";
import { describeAuditRow } from "./describe-audit-row";
import { auditActionLabel } from "./audit-labels";

const row = (action: string, before: object, after: object) => ({ action, entity: "ParkingSession", entityId: "7", before: JSON.stringify(before), after: JSON.stringify(after) });

describe("correction audit rows", () => {
  it("describe a correction with each changed field old → new, in both languages", () => {
    const corrected = row("session.correct", { cost: 40_000, durationMinutes: 120 }, { cost: 60_000, durationMinutes: 180, plate: "12ب345-67", reason: "ساعت خروج" });
    const en = describeAuditRow(corrected, "en");
    expect(en.text).toContain("corrected; reason: «ساعت خروج»");
    expect(en.changes).toEqual([
      { label: "Cost", before: "40,000 Toman", after: "60,000 Toman" },
      { label: "Duration", before: expect.stringContaining("2"), after: expect.stringContaining("3") },
    ]);
    const fa = describeAuditRow(corrected, "fa");
    expect(fa.text).toContain("اصلاح شد");
    expect(fa.changes[0].after).toContain("۶۰٬۰۰۰");
  });

  it("describe a void with its reason and label both actions", () => {
    const voided = row("session.void", { status: "open" }, { plate: "12ب345-67", status: "void", reason: "خوانش اشتباه" });
    expect(describeAuditRow(voided, "fa").text).toContain("باطل شد؛ دلیل: «خوانش اشتباه»");
    expect(describeAuditRow(voided, "en").text).toContain("voided");
    expect(auditActionLabel("session.void", "fa")).toBe("باطل کردن تردد");
    expect(auditActionLabel("session.correct", "en")).toBe("Stay corrected");
  });
});
