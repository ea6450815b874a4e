import type { z } from "zod";
import type { BilingualMessage } from "@/lib/action-result";

/**
 * One bilingual message per invalid field. zod's own text is English, so Persian gets a generic line
 * unless the rule carries its own (`params: { fa }` on a refine).
 */
export function zodFieldErrors(error: z.ZodError): Record<string, BilingualMessage> {
  const fields: Record<string, BilingualMessage> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    const fa = "params" in issue && typeof issue.params?.fa === "string" ? issue.params.fa : "مقدار این فیلد معتبر نیست.";
    fields[key] ??= { fa, en: issue.message };
  }
  return fields;
}
