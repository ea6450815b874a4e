import { z } from "zod";
import { toAsciiDigits } from "./plate-normalize";
import { MAX_COUNTED_CASH } from "./shift-summary";

/**
 * The cash counted at a shift's close, in whole Tomans: typed with Persian, Arabic or Latin digits
 * and any grouping separators, or sent as a number.
 */
export const countedCashSchema = z.preprocess(
  (value) => (typeof value === "string" ? Number(toAsciiDigits(value).replace(/[\s,٬،'_]/g, "") || NaN) : value),
  z.number({ error: "Enter the counted cash in Toman." }).int().min(0).max(MAX_COUNTED_CASH, {
    message: `The counted cash must be 0 to ${MAX_COUNTED_CASH.toLocaleString("en")} Toman.`,
  }),
);
