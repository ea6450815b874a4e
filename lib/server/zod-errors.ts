import type { z } from "zod";
import type { BilingualMessage } from "@/lib/action-result";

/** One bilingual message per invalid field; zod's own text is English, so Persian gets a generic line. */
export function zodFieldErrors(error: z.ZodError): Record<string, BilingualMessage> {
  const fields: Record<string, BilingualMessage> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    fields[key] ??= { fa: "مقدار این فیلد معتبر نیست.", en: issue.message };
  }
  return fields;
}
