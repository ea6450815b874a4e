import { parsePlate } from "@/lib/parking/plate";
import { AppError } from "../errors";

/** The canonical plate, or an invalid_plate error carrying the parser's bilingual message. */
export function requirePlate(input: string): string {
  const result = parsePlate(input);
  if (result.ok) return result.plate.canonical;
  const messages = { fa: result.error.fa, en: result.error.en };
  throw new AppError({ kind: "validation", code: "invalid_plate", messages, fieldErrors: { plate: messages } });
}

export const alreadyInside = (plate: string) =>
  new AppError({
    kind: "conflict",
    code: "already_inside",
    messages: { fa: `خودروی ${plate} هم‌اکنون در پارکینگ است.`, en: `Car ${plate} is already inside.` },
  });

export const lotFull = () =>
  new AppError({
    kind: "conflict",
    code: "lot_full",
    messages: { fa: "ظرفیت پارکینگ تکمیل است.", en: "The parking lot is full." },
  });

export const notInside = (plate: string) =>
  new AppError({
    kind: "not_found",
    code: "not_inside",
    messages: { fa: `خودروی ${plate} در پارکینگ نیست.`, en: `Car ${plate} is not inside.` },
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
