import { z } from "zod";
import { isPlainText, NOT_PLAIN_TEXT } from "@/lib/validation/plain-text";
import { parsePassDay } from "./pass-rules";
import { parsePlate } from "./plate";
import { toAsciiDigits } from "./plate-normalize";

/**
 * Shared by the admin forms, their server actions, the REST bodies and the CSV import: one set of
 * rules and bilingual messages. Field names are the REST API's (snake_case).
 */

/** An Iranian mobile number as typed (+98 912 …, 0098…, ۰۹۱۲…) in its stored form 09xxxxxxxxx, or null. */
export function normalizeIranMobile(text: string): string | null {
  const digits = toAsciiDigits(text).replace(/[\s\-().]/g, "");
  const match = /^(?:\+98|0098|98|0)?(9\d{9})$/.exec(digits);
  return match ? `0${match[1]}` : null;
}

const msg = (en: string, fa: string) => ({ message: en, params: { fa } });

const plainText = (max: number, fa: string, en: string) =>
  z.string().trim().min(1, msg(en, fa)).max(max, msg(`At most ${max} characters.`, `حداکثر ${max} نویسه.`)).refine(isPlainText, NOT_PLAIN_TEXT);

/** A plate in any accepted spelling, turned into its canonical form; the plate's own error otherwise. */
export const plateSchema = z.string().max(64).transform((text, ctx) => {
  const parsed = parsePlate(text);
  if (parsed.ok) return parsed.plate.canonical;
  ctx.addIssue({ code: "custom", message: parsed.error.en, params: { fa: parsed.error.fa } });
  return z.NEVER;
});

const daySchema = z.string().max(20).transform((text, ctx) => {
  const day = parsePassDay(text);
  if (day) return day;
  ctx.addIssue({ code: "custom", ...msg("Enter a date like 1405/09/10 (or 2026-12-01).", "تاریخ را به شکل ۱۴۰۵/۰۹/۱۰ وارد کنید.") });
  return z.NEVER;
});

export const MAX_FEE = 1_000_000_000;

function oneOf<const T extends readonly string[]>(values: T, message: ReturnType<typeof msg>) {
  return z.unknown().refine((value) => values.includes(value as string), message).transform((value) => value as T[number]);
}

export const passInputSchema = z
  .object({
    holder: plainText(80, "نام دارنده را وارد کنید.", "Enter the holder's name."),
    phone: z.string().max(30).transform((text, ctx) => {
      const phone = normalizeIranMobile(text);
      if (phone) return phone;
      ctx.addIssue({ code: "custom", ...msg("Enter an Iranian mobile number like 09121234567.", "شماره همراه را به شکل ۰۹۱۲۱۲۳۴۵۶۷ وارد کنید.") });
      return z.NEVER;
    }),
    plates: z
      .array(plateSchema)
      .min(1, msg("Give 1 to 3 plates.", "۱ تا ۳ پلاک وارد کنید."))
      .max(3, msg("Give 1 to 3 plates.", "۱ تا ۳ پلاک وارد کنید."))
      .refine((plates) => new Set(plates).size === plates.length, msg("A plate is listed twice.", "یک پلاک دو بار آمده است.")),
    valid_from: daySchema,
    valid_to: daySchema,
    // Written as refinements: zod drops a rule's params (the Persian text) on type and enum issues.
    kind: oneOf(["paid", "free"] as const, msg('The kind is "paid" or "free".', "نوع اشتراک «پولی» (paid) یا «رایگان» (free) است.")),
    fee: z
      .unknown()
      .refine((fee) => Number.isInteger(fee) && Number(fee) >= 0 && Number(fee) <= MAX_FEE, msg(`The fee is a whole number of Tomans from 0 to ${MAX_FEE}.`, "مبلغ باید عدد صحیح از ۰ تا ۱٬۰۰۰٬۰۰۰٬۰۰۰ تومان باشد."))
      .transform(Number),
  })
  .strict()
  .superRefine((pass, ctx) => {
    if (pass.valid_to < pass.valid_from) {
      ctx.addIssue({ code: "custom", path: ["valid_to"], ...msg("The last day comes before the first.", "تاریخ پایان پیش از تاریخ شروع است.") });
    }
    if (pass.kind === "free" && pass.fee !== 0) {
      ctx.addIssue({ code: "custom", path: ["fee"], ...msg("A free pass has a fee of 0.", "مبلغ اشتراک رایگان صفر است.") });
    }
  });

export type PassInput = z.input<typeof passInputSchema>;
export type PassData = z.output<typeof passInputSchema>;

export const WATCH_KINDS = ["deny", "alert"] as const;
export type WatchKind = (typeof WATCH_KINDS)[number];

export const watchInputSchema = z
  .object({
    plate: plateSchema,
    kind: oneOf(WATCH_KINDS, msg('The kind is "deny" or "alert".', "نوع «منع ورود» (deny) یا «هشدار» (alert) است.")),
    reason: plainText(200, "دلیل را بنویسید.", "Give a reason."),
  })
  .strict();

export type WatchInput = z.input<typeof watchInputSchema>;
export type WatchData = z.output<typeof watchInputSchema>;
