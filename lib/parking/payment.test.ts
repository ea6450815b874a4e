import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkExemptReason, paymentFields, settlePayment } from "./payment";

const schema = z.object(paymentFields).superRefine(checkExemptReason);

describe("payment fields", () => {
  it("default to cash for old clients", () => {
    expect(schema.parse({})).toEqual({ payment_method: "cash" });
  });

  it("refuse pass, unknown methods, an exempt exit without a reason and a reason without exempt", () => {
    for (const body of [{ payment_method: "pass" }, { payment_method: "bitcoin" }, { payment_method: "exempt" }, { payment_method: "exempt", exempt_reason: "  " }, { payment_method: "card", exempt_reason: "x" }]) {
      expect(schema.safeParse(body).success, JSON.stringify(body)).toBe(false);
    }
  });

  it("refuse a reason with line breaks or direction overrides", () => {
    expect(schema.safeParse({ payment_method: "exempt", exempt_reason: "a\nb" }).success).toBe(false);
    expect(schema.safeParse({ payment_method: "exempt", exempt_reason: "a\u202eb" }).success).toBe(false);
    expect(schema.parse({ payment_method: "exempt", exempt_reason: " آمبولانس " }).exempt_reason).toBe("آمبولانس");
  });
});

describe("settlePayment", () => {
  it("charges cash and card the price", () => {
    expect(settlePayment(40_000, { method: "cash" })).toEqual({ cost: 40_000, paymentMethod: "cash", exemptReason: null, waivedAmount: null });
    expect(settlePayment(40_000, { method: "card" }).paymentMethod).toBe("card");
  });

  it("charges an exempt stay 0 and keeps its price as waived", () => {
    expect(settlePayment(40_000, { method: "exempt", exemptReason: "police" })).toEqual({ cost: 0, paymentMethod: "exempt", exemptReason: "police", waivedAmount: 40_000 });
  });

  it("records no method for a free stay (nothing to pay), whatever was picked", () => {
    for (const method of ["cash", "card", "exempt"] as const) {
      expect(settlePayment(0, { method, exemptReason: "x" })).toEqual({ cost: 0, paymentMethod: null, exemptReason: null, waivedAmount: null });
    }
  });

  it("records a pass exit as pass at 0", () => {
    expect(settlePayment(40_000, { method: "pass" })).toEqual({ cost: 0, paymentMethod: "pass", exemptReason: null, waivedAmount: null });
  });
});
