import { parsePlate } from "@/lib/parking/plate";
import type { LookalikeStay } from "@/lib/parking/parking-results";
import { AppError } from "../errors";

/** The canonical plate, or an invalid_plate error carrying the parser's bilingual message on `field`. */
export function requirePlate(input: string, field = "plate"): string {
  const result = parsePlate(input);
  if (result.ok) return result.plate.canonical;
  const messages = { fa: result.error.fa, en: result.error.en };
  throw new AppError({ kind: "validation", code: "invalid_plate", messages, fieldErrors: { [field]: messages } });
}

const PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹";

/**
 * A plate inside a sentence, in the order it is printed (24 ج 357-26): isolated left to right, with a
 * left-to-right mark after the Persian letter, or the bidi algorithm treats the digits after it as
 * Arabic numbers and moves them (ج۳۵۷-۲۴۲۶). Persian digits in fa.
 */
export function platePhrase(plate: string, locale: "fa" | "en"): string {
  const digits = locale === "fa" ? plate.replace(/\d/g, (d) => PERSIAN_DIGITS[Number(d)]) : plate;
  return `\u2066${digits.replace(/([^\d۰-۹-]+)/g, "$1\u200e")}\u2069`;
}

export const alreadyInside = (plate: string) =>
  new AppError({
    kind: "conflict",
    code: "already_inside",
    messages: {
      fa: `خودروی ${platePhrase(plate, "fa")} هم‌اکنون در پارکینگ است.`,
      en: `Car ${platePhrase(plate, "en")} is already inside.`,
    },
  });

export const lotFull = () =>
  new AppError({
    kind: "conflict",
    code: "lot_full",
    messages: { fa: "ظرفیت پارکینگ تکمیل است.", en: "The parking lot is full." },
  });

/** suggestions: the cars inside the plate may have been misread for (lib/server/parking/exit-lookalikes.ts). */
export const notInside = (plate: string, suggestions: LookalikeStay[] = []) =>
  new AppError({
    kind: "not_found",
    code: "not_inside",
    messages: {
      fa: `خودروی ${platePhrase(plate, "fa")} در پارکینگ نیست.`,
      en: `Car ${platePhrase(plate, "en")} is not inside.`,
    },
    suggestions,
  });

/** A one-tap match must name a car that the read plate is one confused character away from. */
export const notLookalike = (readPlate: string, plate: string) =>
  new AppError({
    kind: "validation",
    code: "not_lookalike",
    messages: {
      fa: `پلاک ${platePhrase(plate, "fa")} هم‌شکلِ پلاک خوانده‌شدهٔ ${platePhrase(readPlate, "fa")} نیست.`,
      en: `Plate ${platePhrase(plate, "en")} is not a look-alike of the read plate ${platePhrase(readPlate, "en")}.`,
    },
  });

export const requestIdReused = () =>
  new AppError({
    kind: "conflict",
    code: "request_id_reused",
    messages: {
      fa: "این شناسه درخواست قبلاً برای پلاک دیگری استفاده شده است.",
      en: "This request id was already used for another plate.",
    },
  });
