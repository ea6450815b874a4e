import { describe, expect, it } from "vitest";
import { checkCorrection, correctedCostSchema, correctionReasonSchema, resettlePayment, type CorrectableStay } from "./stay-correction";

const now = new Date("2026-11-30T10:00:00Z");
const closed: CorrectableStay = {
  status: "closed", plate: "12ب345-67", entryAt: new Date("2026-11-30T06:00:00Z"), exitAt: new Date("2026-11-30T08:00:00Z"),
  cost: 40_000, paymentMethod: "cash", exemptReason: null, waivedAmount: null,
};
const open: CorrectableStay = { ...closed, status: "open", exitAt: null, cost: null, paymentMethod: null };

describe("checkCorrection", () => {
  it("refuses an empty change, void and archived stays, and an exit or amount for a car inside", () => {
    expect(checkCorrection(closed, {}, now)).toEqual({ code: "empty_correction" });
    expect(checkCorrection({ ...closed, status: "void" }, { cost: 1 }, now)).toEqual({ code: "not_correctable", status: "void" });
    expect(checkCorrection({ ...closed, status: "archived" }, { plate: "x" }, now)).toEqual({ code: "not_correctable", status: "archived" });
    expect(checkCorrection(open, { exitAt: now }, now)).toEqual({ code: "still_inside", field: "exit_at" });
    expect(checkCorrection(open, { cost: 0 }, now)).toEqual({ code: "still_inside", field: "cost" });
    expect(checkCorrection(open, { entryAt: new Date("2026-11-30T05:00:00Z") }, now)).toBeNull();
  });

  it("keeps times in the past and the entry before the exit", () => {
    expect(checkCorrection(closed, { exitAt: new Date(now.getTime() + 60_000) }, now)).toEqual({ code: "future_time", field: "exit_at" });
    expect(checkCorrection(closed, { entryAt: new Date("2026-11-30T08:00:00Z") }, now)).toEqual({ code: "exit_before_entry" });
    expect(checkCorrection(closed, { exitAt: new Date("2026-11-30T09:00:00Z") }, now)).toBeNull();
  });

  it("sets no amount by hand on a pass or exempt stay", () => {
    expect(checkCorrection({ ...closed, paymentMethod: "pass", cost: 0 }, { cost: 5_000 }, now)).toEqual({ code: "cost_of_free_method", method: "pass" });
    expect(checkCorrection({ ...closed, paymentMethod: "exempt", cost: 0 }, { cost: 5_000 }, now)).toEqual({ code: "cost_of_free_method", method: "exempt" });
  });
});

describe("resettlePayment", () => {
  it("keeps the stay's method: card stays card, exempt waives the new price, a free stay now charged is cash, 0 records none", () => {
    expect(resettlePayment({ ...closed, paymentMethod: "card" }, 60_000)).toEqual({ cost: 60_000, paymentMethod: "card", exemptReason: null, waivedAmount: null });
    expect(resettlePayment({ ...closed, paymentMethod: "exempt", exemptReason: "آمبولانس", cost: 0 }, 60_000)).toEqual({ cost: 0, paymentMethod: "exempt", exemptReason: "آمبولانس", waivedAmount: 60_000 });
    expect(resettlePayment({ ...closed, paymentMethod: null, cost: 0 }, 20_000)).toMatchObject({ cost: 20_000, paymentMethod: "cash" });
    expect(resettlePayment(closed, 0)).toMatchObject({ cost: 0, paymentMethod: null });
    expect(resettlePayment({ ...closed, paymentMethod: "pass", cost: 0 }, 60_000)).toMatchObject({ cost: 0, paymentMethod: "pass" });
  });
});

describe("schemas", () => {
  it("requires a plain-text reason and a whole, non-negative amount, with Persian messages", () => {
    expect(correctionReasonSchema.safeParse("  ").error?.issues[0]).toMatchObject({ params: { fa: "دلیل اصلاح را بنویسید." } });
    expect(correctionReasonSchema.safeParse("a\u202eb").success).toBe(false);
    expect(correctionReasonSchema.parse(" خطای متصدی ")).toBe("خطای متصدی");
    for (const bad of [-1, 1.5, "100", null]) expect(correctedCostSchema.safeParse(bad).success).toBe(false);
    expect(correctedCostSchema.parse(0)).toBe(0);
  });
});
