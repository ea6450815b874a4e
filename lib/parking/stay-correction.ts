import { z } from "zod";
import { isPlainText, NOT_PLAIN_TEXT } from "@/lib/validation/plain-text";
import { settlePayment, type PaymentChoice, type PaymentMethod, type SettledPayment } from "./payment";

export const CORRECTION_REASON_MAX = 200;
/** The largest amount a correction sets (Tomans): far above any stay, far below overflow. */
export const MAX_CORRECTED_COST = 1_000_000_000;

/** Why an admin voids or corrects a stay: required, one line of plain text. */
export const correctionReasonSchema = z
  .string()
  .trim()
  .refine((text) => text.length > 0, { message: "Write the reason for the correction.", params: { fa: "دلیل اصلاح را بنویسید." }, abort: true })
  .refine((text) => text.length <= CORRECTION_REASON_MAX, {
    message: `The reason may be at most ${CORRECTION_REASON_MAX} characters.`,
    params: { fa: "دلیل حداکثر ۲۰۰ نویسه است." },
  })
  .refine(isPlainText, NOT_PLAIN_TEXT);

/** A corrected amount: whole Tomans from 0 up. */
export const correctedCostSchema = z
  .unknown()
  .refine((value) => typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= MAX_CORRECTED_COST, {
    message: "The amount must be a whole number of Tomans, 0 or more.",
    params: { fa: "مبلغ باید عدد صحیح تومان، صفر یا بیشتر، باشد." },
  })
  .transform(Number);

/** What a correction asks for; a field left out stays as it is. */
export type StayCorrection = { plate?: string; entryAt?: Date; exitAt?: Date; cost?: number };

/** The stored fields a correction reads and may change. */
export type CorrectableStay = {
  status: string; plate: string; entryAt: Date; exitAt: Date | null; cost: number | null;
  paymentMethod: PaymentMethod | null; exemptReason: string | null; waivedAmount: number | null;
};

export type CorrectionProblem =
  | { code: "empty_correction" }
  | { code: "not_correctable"; status: string }
  | { code: "still_inside"; field: "exit_at" | "cost" }
  | { code: "future_time"; field: "entry_at" | "exit_at" }
  | { code: "exit_before_entry" }
  | { code: "cost_of_free_method"; method: "pass" | "exempt" };

/**
 * The rules a correction must pass before it touches the database: only open and closed stays can
 * be corrected (a void or archived one is history), a car still inside has no exit or amount yet,
 * no time lies in the future, and the entry comes before the exit. A pass or exempt stay is charged
 * nothing by definition, so its amount is not set by hand (its times re-price the amount waived).
 */
export function checkCorrection(stay: CorrectableStay, change: StayCorrection, now: Date): CorrectionProblem | null {
  if (change.plate === undefined && change.entryAt === undefined && change.exitAt === undefined && change.cost === undefined) return { code: "empty_correction" };
  if (stay.status !== "open" && stay.status !== "closed") return { code: "not_correctable", status: stay.status };
  if (stay.status === "open" && change.exitAt !== undefined) return { code: "still_inside", field: "exit_at" };
  if (stay.status === "open" && change.cost !== undefined) return { code: "still_inside", field: "cost" };
  if (change.entryAt && change.entryAt > now) return { code: "future_time", field: "entry_at" };
  if (change.exitAt && change.exitAt > now) return { code: "future_time", field: "exit_at" };
  const entryAt = change.entryAt ?? stay.entryAt;
  const exitAt = change.exitAt ?? stay.exitAt;
  if ((change.entryAt || change.exitAt) && exitAt && entryAt >= exitAt) return { code: "exit_before_entry" };
  if (change.cost !== undefined && (stay.paymentMethod === "pass" || stay.paymentMethod === "exempt")) {
    return { code: "cost_of_free_method", method: stay.paymentMethod };
  }
  return null;
}

/**
 * The payment of a corrected closed stay at `price` (the tariff's new price, or the amount an admin
 * typed): settled as at the exit with the stay's own method, so a pass stays free, an exempt stay
 * keeps its reason and waives the new price, and a stay that now costs nothing records no method.
 * A stay that was free (no method) and now costs something is counted as cash, the exit's default.
 */
export function resettlePayment(stay: CorrectableStay, price: number): SettledPayment {
  const choice: PaymentChoice = stay.paymentMethod
    ? { method: stay.paymentMethod, exemptReason: stay.exemptReason }
    : { method: "cash" };
  return settlePayment(price, choice);
}
