import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { ActionError, ActionResult, BilingualMessage } from "@/lib/action-result";
import { AppError } from "./errors";
import { zodFieldErrors } from "./zod-errors";

const GENERIC: ActionError = {
  code: "internal",
  fa: "خطایی پیش آمد. دوباره تلاش کنید.",
  en: "Something went wrong. Please try again.",
};

const INVALID: BilingualMessage = { fa: "اطلاعات فرم کامل یا درست نیست.", en: "Some fields are missing or invalid." };

/** Parses action input with zod; failures become a 422 AppError carrying per-field messages. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new AppError({ kind: "validation", messages: INVALID, fieldErrors: zodFieldErrors(parsed.error) });
}

/** Runs a server action body: AppErrors reach the user as they are, anything else is logged and hidden. */
export async function runAction<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof AppError) {
      const { code, messages, suggestions } = error;
      return { ok: false, error: { code, ...messages, ...(suggestions && { suggestions }) }, fieldErrors: error.fieldErrors };
    }
    console.error("[action] unexpected error", error);
    return { ok: false, error: GENERIC };
  }
}
