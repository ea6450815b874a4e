import { z } from "zod";
import { localDayRange } from "./day-range";
import { PAYMENT_METHODS } from "./payment";
import { STAY_STATUSES } from "./stay-status";

/** A day (YYYY-MM-DD, the lot's local day) or an instant with its offset (ISO 8601). */
const when = (edge: "start" | "end") =>
  z.union([
    z.iso.date().transform((day) => localDayRange(new Date(`${day}T12:00:00Z`))[edge]),
    z.iso.datetime({ offset: true }).transform((at) => new Date(at)),
  ]);

/**
 * The stay filters GET /api/sessions and its export share. Strict: a parameter it does not
 * implement is refused rather than silently ignored.
 */
export const stayFiltersSchema = z.strictObject({
  plate: z.string().max(64).optional(),
  from: when("start").optional(),
  to: when("end").optional(),
  status: z.enum(STAY_STATUSES).optional(),
  operator: z.string().trim().min(1).max(64).optional(),
  /** A gate's id (GET /api/gates): stays that entered or left through it. */
  gate: z.coerce.number().int().min(1).max(2 ** 31 - 1).optional(),
  /** Stays paid this way: cash, card, pass or exempt. */
  payment_method: z.enum(PAYMENT_METHODS).optional(),
});
