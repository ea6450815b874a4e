import { z } from "zod";
import { isPlainText, NOT_PLAIN_TEXT } from "@/lib/validation/plain-text";

/** How an exit was paid. `pass` is set by the pass rules only, never picked by an operator. */
export const PAYMENT_METHODS = ["cash", "card", "pass", "exempt"] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** What an operator or a REST client may choose at an exit. */
export const CHOSEN_PAYMENT_METHODS = ["cash", "card", "exempt"] as const;
export type ChosenPaymentMethod = (typeof CHOSEN_PAYMENT_METHODS)[number];

export const DEFAULT_PAYMENT_METHOD: ChosenPaymentMethod = "cash";

export const EXEMPT_REASON_MAX = 200;

const isChosenPaymentMethod = (value: string) => (CHOSEN_PAYMENT_METHODS as readonly string[]).includes(value);

export const isPaymentMethod = (value: unknown): value is PaymentMethod =>
  typeof value === "string" && (PAYMENT_METHODS as readonly string[]).includes(value);

const PAYMENT_METHOD_ERROR = {
  message: 'The payment method must be "cash", "card" or "exempt" ("pass" is set by the pass rules only).',
  params: { fa: "روش پرداخت باید «cash»، «card» یا «exempt» باشد («pass» را فقط قواعد اشتراک ثبت می‌کنند)." },
};

/**
 * The payment fields of an exit (REST body and the exit dialog): the method defaults to cash for
 * old clients; an exempt exit needs a plain-text reason, and any other method takes none.
 */
export const paymentFields = {
  payment_method: z
    .string()
    .refine(isChosenPaymentMethod, PAYMENT_METHOD_ERROR)
    .transform((value) => value as ChosenPaymentMethod)
    .default(DEFAULT_PAYMENT_METHOD),
  exempt_reason: z.string().trim().max(EXEMPT_REASON_MAX).refine(isPlainText, NOT_PLAIN_TEXT).nullable().optional(),
};

type PaymentFieldValues = { payment_method: ChosenPaymentMethod; exempt_reason?: string | null };

/** The rule across the two fields, for `.superRefine` on whichever object holds them. */
export function checkExemptReason(value: PaymentFieldValues, ctx: z.RefinementCtx): void {
  if (value.payment_method === "exempt" && !value.exempt_reason) {
    ctx.addIssue({ code: "custom", path: ["exempt_reason"], message: "An exempt exit needs a reason.", params: { fa: "برای خروج معاف، دلیل را بنویسید." } });
  }
  if (value.payment_method !== "exempt" && value.exempt_reason) {
    ctx.addIssue({ code: "custom", path: ["exempt_reason"], message: "A reason is only given for an exempt exit.", params: { fa: "دلیل فقط برای خروج معاف نوشته می‌شود." } });
  }
}

/** One payment method's share of a report (GET /api/reports by_payment_method). */
export type PaymentMethodRevenue = {
  /** null: closed stays that cost nothing (grace period), so nothing was paid. */
  method: PaymentMethod | null;
  exits: number;
  revenue: number;
  /** What the exempt exits would have cost. */
  waived: number;
};

export type PaymentChoice = { method: ChosenPaymentMethod | "pass"; exemptReason?: string | null };

/** What an exit stores: the amount charged, the method, and for an exempt stay the amount waived. */
export type SettledPayment = { cost: number; paymentMethod: PaymentMethod | null; exemptReason: string | null; waivedAmount: number | null };

/**
 * Settles a priced stay. A stay that costs nothing (grace period) has nothing to pay: no method is
 * recorded, so it is neither "cash 0" in a shift nor a waiver in the report. An exempt stay is
 * charged 0 and keeps its full price as the amount waived.
 */
export function settlePayment(price: number, choice: PaymentChoice): SettledPayment {
  if (choice.method === "pass") return { cost: 0, paymentMethod: "pass", exemptReason: null, waivedAmount: null };
  if (price === 0) return { cost: 0, paymentMethod: null, exemptReason: null, waivedAmount: null };
  if (choice.method === "exempt") return { cost: 0, paymentMethod: "exempt", exemptReason: choice.exemptReason ?? null, waivedAmount: price };
  return { cost: price, paymentMethod: choice.method, exemptReason: null, waivedAmount: null };
}
