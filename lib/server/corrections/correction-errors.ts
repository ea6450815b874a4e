import "server-only";
import type { CorrectionProblem } from "@/lib/parking/stay-correction";
import { AppError } from "../errors";
import { platePhrase } from "../parking/parking-errors";

export const unknownStay = () =>
  new AppError({ kind: "not_found", code: "unknown_session", messages: { fa: "چنین ورودی ثبت نشده است.", en: "There is no such stay." } });

/** A plate correction that would give a plate a second open stay (the unique openPlate index). */
export const plateAlreadyInside = (plate: string) => {
  const messages = {
    fa: `خودروی ${platePhrase(plate, "fa")} هم‌اکنون در پارکینگ است؛ یک پلاک دو تردد باز نمی‌تواند داشته باشد.`,
    en: `Car ${platePhrase(plate, "en")} is already inside; a plate cannot have two open stays.`,
  };
  return new AppError({ kind: "conflict", code: "already_inside", messages, fieldErrors: { plate: messages } });
};

const STATUS_WORDS: Record<string, { fa: string; en: string }> = {
  void: { fa: "باطل‌شده", en: "voided" },
  archived: { fa: "بایگانی‌شده", en: "archived" },
};

/** The bilingual refusal of a correction that breaks a rule (lib/parking/stay-correction.ts). */
export function correctionError(problem: CorrectionProblem): AppError {
  const field = (name: string, fa: string, en: string) =>
    new AppError({ kind: "validation", code: problem.code, messages: { fa, en }, fieldErrors: { [name]: { fa, en } } });
  switch (problem.code) {
    case "empty_correction":
      return new AppError({
        kind: "validation", code: "empty_correction",
        messages: { fa: "چیزی برای اصلاح فرستاده نشده است: پلاک، زمان ورود، زمان خروج یا مبلغ را بفرستید.", en: "Nothing to correct: send the plate, the entry time, the exit time or the amount." },
      });
    case "not_correctable": {
      const words = STATUS_WORDS[problem.status] ?? { fa: problem.status, en: problem.status };
      return new AppError({
        kind: "conflict", code: "not_correctable",
        messages: { fa: `این تردد ${words.fa} است و دیگر اصلاح یا باطل نمی‌شود.`, en: `This stay is ${words.en} and can no longer be corrected or voided.` },
      });
    }
    case "still_inside":
      return field(problem.field, "خودرو هنوز داخل است: زمان خروج و مبلغ با ثبت خروج تعیین می‌شوند.", "The car is still inside: its exit time and amount come with its exit.");
    case "future_time":
      return field(problem.field, "زمان نمی‌تواند در آینده باشد.", "The time cannot be in the future.");
    case "exit_before_entry":
      return field("exit_at", "زمان خروج باید پس از زمان ورود باشد.", "The exit must come after the entry.");
    case "cost_of_free_method":
      return field(
        "cost",
        problem.method === "pass" ? "تردد با اشتراک رایگان است و مبلغ آن دستی تعیین نمی‌شود." : "تردد معاف رایگان است و مبلغ آن دستی تعیین نمی‌شود؛ با اصلاح زمان‌ها مبلغ بخشیده‌شده دوباره حساب می‌شود.",
        problem.method === "pass" ? "A stay paid by pass is free; its amount is not set by hand." : "An exempt stay is free; its amount is not set by hand (correcting its times re-prices the amount waived).",
      );
  }
}
