import { describe, expect, it } from "vitest";
import { buildReceipt, isReceiptCode, receiptKindFor, toVerifiedStay, verifyPath, type ReceiptStay } from "./receipt";
import type { TariffLine } from "./tariff-plan";

const CODE = "AbCdEfGhIjKlMnOpQrSt_-";
const entryAt = new Date("2026-11-30T06:00:00Z");
const exitAt = new Date("2026-11-30T08:00:00Z");
const open: ReceiptStay = {
  id: 42, plate: "12ب345-67", status: "open", entryAt, exitAt: null, durationMinutes: null, cost: null,
  paymentMethod: null, exemptReason: null, waivedAmount: null,
};
const closed: ReceiptStay = { ...open, status: "closed", exitAt, durationMinutes: 120, cost: 40_000, paymentMethod: "card" };
const lines: TariffLine[] = [
  { code: "first", quantity: 1, unitPrice: 20_000, unitMinutes: 60, amount: 20_000 },
  { code: "next", quantity: 1, unitPrice: 20_000, unitMinutes: 60, amount: 20_000 },
];

describe("receipt codes", () => {
  it("accept only 22 base64url characters (128 bits), so nothing else is ever looked up", () => {
    expect(isReceiptCode(CODE)).toBe(true);
    expect(isReceiptCode(CODE.slice(1))).toBe(false);
    expect(isReceiptCode(`${CODE}A`)).toBe(false);
    expect(isReceiptCode("../../../etc/passwd.....")).toBe(false);
    expect(isReceiptCode("AbCdEfGhIjKlMnOpQrSt+/")).toBe(false);
  });

  it("open the verification page", () => {
    expect(verifyPath(CODE)).toBe(`/r/${CODE}`);
  });
});

describe("buildReceipt", () => {
  it("makes an exit receipt with the lines, amount, method and an absolute verification URL", () => {
    const receipt = buildReceipt({ stay: closed, kind: "exit", lotName: "پارکینگ مرکزی", lines, origin: "http://lot.local:3000/", code: CODE });
    expect(receipt).toEqual({
      kind: "exit", stayId: 42, lotName: "پارکینگ مرکزی", plate: "12ب345-67", entryAt,
      exit: { exitAt, durationMinutes: 120, cost: 40_000, lines, paymentMethod: "card", exemptReason: null, waivedAmount: null },
      verifyUrl: `http://lot.local:3000/r/${CODE}`,
    });
  });

  it("makes an entry ticket without exit, amount or lines, even for a car that has left", () => {
    const receipt = buildReceipt({ stay: closed, kind: "entry", lotName: "L", lines, origin: "https://p.example", code: CODE });
    expect(receipt.kind).toBe("entry");
    expect(receipt.exit).toBeNull();
    expect(receipt.verifyUrl).toBe(`https://p.example/r/${CODE}`);
  });

  it("gives the entry ticket when the exit receipt is asked for a car still inside", () => {
    expect(receiptKindFor(open, "exit")).toBe("entry");
    expect(buildReceipt({ stay: open, kind: "exit", lotName: "L", lines: [], origin: "http://x", code: CODE }).exit).toBeNull();
  });

  it("prints no exit receipt for a stay archived by a reset or voided", () => {
    expect(receiptKindFor({ ...closed, status: "archived" }, "exit")).toBe("entry");
    expect(receiptKindFor({ ...closed, status: "void" }, "exit")).toBe("entry");
  });

  it("keeps an exemption's reason and the amount waived", () => {
    const exempt = { ...closed, cost: 0, paymentMethod: "exempt" as const, exemptReason: "آمبولانس", waivedAmount: 40_000 };
    const { exit } = buildReceipt({ stay: exempt, kind: "exit", lotName: "L", lines, origin: "http://x", code: CODE });
    expect(exit).toMatchObject({ cost: 0, paymentMethod: "exempt", exemptReason: "آمبولانس", waivedAmount: 40_000 });
  });
});

describe("toVerifiedStay (the public page)", () => {
  it("shows a paid stay's plate, times and amount and nothing else", () => {
    const view = toVerifiedStay({ ...closed, entryActor: "operator-1", exitSnapshot: "x.jpg" } as ReceiptStay);
    expect(view).toEqual({ plate: "12ب345-67", entryAt, exitAt, state: "paid", amount: 40_000 });
  });

  it("says a car is inside, and shows no amount for an archived or voided stay", () => {
    expect(toVerifiedStay(open)).toEqual({ plate: "12ب345-67", entryAt, exitAt: null, state: "inside", amount: null });
    expect(toVerifiedStay({ ...closed, status: "archived" })).toMatchObject({ state: "not_charged", amount: null });
    expect(toVerifiedStay({ ...closed, status: "void" })).toMatchObject({ state: "not_charged", amount: null });
  });
});
