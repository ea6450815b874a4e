import type { z } from "zod";
import type { BilingualMessage } from "@/lib/action-result";

/** One bilingual message per invalid field, from its first issue. */
export function zodFieldErrors(error: z.ZodError): Record<string, BilingualMessage> {
  const fields: Record<string, BilingualMessage> = {};
  for (const issue of error.issues) {
    fields[issue.path.join(".") || "_"] ??= issueMessage(issue);
  }
  return fields;
}

/**
 * zod's own text is English, so Persian gets a generic line unless the rule carries its own
 * (`params: { fa }` on a refine).
 */
export function issueMessage(issue: z.core.$ZodIssue): BilingualMessage {
  const fa = "params" in issue && typeof issue.params?.fa === "string" ? issue.params.fa : "مقدار این فیلد معتبر نیست.";
  return { fa, en: issue.message };
}
