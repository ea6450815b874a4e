import { describe, expect, it } from "vitest";
import { describeAuditRow, type AuditRowText } from "./describe-audit-row";

const row = (action: string, rest: Partial<AuditRowText> = {}): AuditRowText => ({
  action, entity: "ParkingSession", entityId: "7", before: null, after: null, ...rest,
});
const json = (value: unknown) => JSON.stringify(value);
/** Drops the LRI/PDI/LRM marks that keep plates left to right, to compare plain text. */
const plain = (text: string) => text.replace(/[\u2066\u2069\u200e]/g, "");
const text = (r: AuditRowText, locale: "fa" | "en") => plain(describeAuditRow(r, locale).text);

const open = { id: 7, plate: "12ب345-67", entryAt: "2026-01-01T08:00:00.000Z", status: "open" };

describe("describeAuditRow", () => {
  it("says which plate entered, and how it was read", () => {
    const entry = row("entry.register", { after: json({ ...open, reading: { source: "auto", confidence: 0.98 } }) });
    expect(text(entry, "fa")).toBe("ورود خودروی ۱۲ب۳۴۵-۶۷ ثبت شد (خوانش خودکار گیت، اطمینان ۹۸٪)");
    expect(text(entry, "en")).toBe("12ب345-67 entered (read automatically at the gate, confidence 98%)");
    expect(text(row("entry.register", { after: json(open) }), "en")).toBe("12ب345-67 entered");
    // The plate is isolated left to right inside the Persian sentence.
    expect(describeAuditRow(entry, "fa").text).toContain("\u2066۱۲ب\u200e۳۴۵-۶۷\u2069");
  });

  it("says how long a car stayed and what it paid", () => {
    const exit = row("exit.register", { before: json(open), after: json({ ...open, status: "closed", durationMinutes: 95, cost: 60_000 }) });
    expect(text(exit, "fa")).toBe("خروج خودروی ۱۲ب۳۴۵-۶۷ پس از ۱ ساعت و ۳۵ دقیقه، هزینه ۶۰٬۰۰۰ تومان");
    expect(text(exit, "en")).toBe("12ب345-67 left after 1 hour 35 minutes, charged 60,000 Toman");
  });

  it("says which read plate an exit was matched from, and at which gate", () => {
    const match = row("exit.lookalike_match", { after: json({ readPlate: "12ن345-67", plate: "12ق345-67", gateId: 2, gateName: "خروجی شمالی" }) });
    expect(text(match, "fa")).toBe("پلاک خوانده‌شدهٔ ۱۲ن۳۴۵-۶۷ داخل نبود؛ خروج برای خودروی مشابه ۱۲ق۳۴۵-۶۷ ثبت شد (گیت «خروجی شمالی»)");
    expect(text(match, "en")).toBe("12ن345-67 was not inside; the exit was registered for the look-alike 12ق345-67 (gate «خروجی شمالی»)");
    const typed = row("exit.lookalike_match", { after: json({ readPlate: "12ن345-67", plate: "12ق345-67", gateId: null, gateName: null }) });
    expect(text(typed, "en")).toBe("12ن345-67 was not inside; the exit was registered for the look-alike 12ق345-67");
  });

  it("says how late a gate read arrived", () => {
    const late = row("gate.late_read", { after: json({ direction: "exit", plate: "12ب345-67", lateMinutes: 95 }) });
    expect(text(late, "fa")).toBe("خوانش خروج ۱۲ب۳۴۵-۶۷ ۹۵ دقیقه دیرتر رسید");
    expect(text(late, "en")).toBe("The exit read of 12ب345-67 arrived 95 min late");
  });

  it("lists each changed setting old → new, and only those", () => {
    const before = { lotName: "مرکزی", capacity: 100, pricePerHour: 50_000, gateAutoConfidence: 0.995, updatedAt: "2026-01-01T00:00:00Z" };
    const after = { ...before, capacity: 120, gateAutoConfidence: 0.99, updatedAt: "2026-01-02T00:00:00Z" };
    const settings = row("settings.update", { entity: "Setting", entityId: "1", before: json(before), after: json(after) });
    expect(describeAuditRow(settings, "fa")).toEqual({
      text: "۲ مورد از تنظیمات تغییر کرد",
      changes: [
        { label: "ظرفیت (تعداد جای پارک)", before: "۱۰۰", after: "۱۲۰" },
        { label: "حداقل اطمینان برای ثبت خودکار", before: "۰٫۹۹۵", after: "۰٫۹۹" },
      ],
    });
    const price = row("settings.update", { before: json(before), after: json({ ...before, pricePerHour: 60_000, lotName: "شمالی" }) });
    expect(describeAuditRow(price, "en")).toEqual({
      text: "2 settings changed",
      changes: [
        { label: "Lot name", before: "«مرکزی»", after: "«شمالی»" },
        { label: "Price per hour (Toman)", before: "50,000", after: "60,000" },
      ],
    });
  });

  it("describes users: created, and deactivated with the changed field", () => {
    const view = { id: 3, username: "sara", name: "سارا", role: "operator", active: true };
    expect(text(row("user.create", { entity: "User", after: json(view) }), "fa")).toBe("کاربر «سارا» (sara) با نقش اپراتور ساخته شد");
    expect(text(row("user.create", { entity: "User", after: json(view) }), "en")).toBe("User «سارا» (sara) created as Operator");
    const off = row("user.deactivate", { entity: "User", before: json(view), after: json({ ...view, active: false }) });
    expect(text(row("user.create", { entity: "User", after: json({ id: 1, username: "admin", role: "admin" }) }), "en")).toBe("User admin created as Admin");
    expect(text(off, "en")).toBe("User «سارا» (sara) deactivated and signed out everywhere");
    expect(describeAuditRow(off, "fa").changes).toEqual([{ label: "وضعیت", before: "فعال", after: "غیرفعال" }]);
    expect(describeAuditRow(off, "en").changes).toEqual([{ label: "Status", before: "Active", after: "Inactive" }]);
    expect(text(row("user.reset_password", { entity: "User", entityId: "3" }), "fa")).toContain("کاربر شمارهٔ ۳");
  });

  it("describes tokens, blocks, resets, imports and photo clean-ups with their counts", () => {
    const token = { id: 2, name: "دوربین", role: "operator", prefix: "plk_abcdef" };
    expect(text(row("token.create", { entity: "ApiToken", after: json(token) }), "en")).toBe("Token «دوربین» (plk_abcdef…) created as Operator");
    expect(text(row("token.revoke", { entity: "ApiToken", after: json(token) }), "fa")).toBe("توکن «دوربین» باطل شد");
    expect(text(row("block.clear", { entity: "RateLimit", entityId: "login:sara|10.0.0.5" }), "fa")).toBe("مسدودی sara · ۱۰.۰.۰.۵ برداشته شد");
    const reset = row("parking.reset", { before: json([{ id: 1, plate: "12ب345-67" }, { id: 2, plate: "23ج456-78" }]), after: json({ archived: 2 }) });
    expect(text(reset, "en")).toBe("2 cars inside archived without charge: 12ب345-67, 23ج456-78");
    const imported = { file: "parking.db", dryRun: false, created: { closed: 1200, open: 3 }, alreadyImported: 0, rejections: 2 };
    expect(text(row("legacy.import", { after: json(imported) }), "fa")).toBe(
      "از parking.db: ۱٬۲۰۰ تردد پایان‌یافته و ۳ خودروی داخل وارد شد؛ ۰ از پیش بود و ۲ ردیف رد شد",
    );
    expect(text(row("snapshots.expire", { after: json({ retentionDays: 30, stays: 4, photos: 7 }) }), "en")).toBe(
      "7 gate photos of 4 stays deleted, 30 days after exit",
    );
    expect(text(row("snapshots.orphans", { entity: "Snapshot", after: json({ files: 5 }) }), "fa")).toBe("۵ عکس بی‌صاحب پاک شد");
  });

  it("falls back to the entity for an unknown action or a shape it does not expect", () => {
    expect(describeAuditRow(row("camera.reboot"), "fa")).toEqual({ text: "تردد #۷", changes: [] });
    expect(describeAuditRow(row("exit.register", { after: "not json" }), "en")).toEqual({ text: "Parking session #7", changes: [] });
    expect(describeAuditRow(row("gate.late_read", { entityId: null, after: json({ plate: 5 }) }), "en").text).toBe("Parking session");
    expect(describeAuditRow(row("user.create", { entity: "User", entityId: "4", after: json({ role: "admin" }) }), "en").text).toBe("User #4");
  });
});
