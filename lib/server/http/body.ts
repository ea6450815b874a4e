import "server-only";
import type { z } from "zod";
import type { BilingualMessage } from "@/lib/action-result";
import { AppError } from "../errors";
import { issueMessage } from "../zod-errors";

/** Entry/exit bodies carry a plate and at most a small image reference. */
export const MAX_BODY_BYTES = 64 * 1024;

const tooLarge = () =>
  new AppError({
    kind: "payload_too_large",
    messages: { fa: "حجم درخواست بیش از ۶۴ کیلوبایت است.", en: "The request body is larger than 64 KB." },
  });

async function readLimited(req: Request, maxBytes: number): Promise<string> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge();
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function validationError(issues: z.core.$ZodIssue[], fieldName: (key: string) => string): AppError {
  const fieldErrors: Record<string, BilingualMessage> = {};
  for (const issue of issues) {
    const keys = issue.code === "unrecognized_keys" ? issue.keys : [String(issue.path[0] ?? "body")];
    for (const key of keys) {
      const field = fieldName(key);
      fieldErrors[field] ??= issue.code === "unrecognized_keys" ? { en: "Unknown field.", fa: "این فیلد شناخته نمی‌شود." } : issueMessage(issue);
    }
  }
  return new AppError({
    kind: "validation",
    messages: { fa: "داده‌های ارسالی معتبر نیستند.", en: "The request body is not valid." },
    fieldErrors,
  });
}

/** Checks the content type and size, parses JSON and validates it: 415, 413, 400 or 422 otherwise. */
export async function readJson<S extends z.ZodType>(
  req: Request,
  schema: S,
  opts: { fieldName?: (key: string) => string } = {},
): Promise<z.infer<S>> {
  const contentType = req.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (contentType !== "application/json") {
    throw new AppError({
      kind: "unsupported_media_type",
      messages: { fa: "بدنه درخواست باید JSON باشد.", en: "The request body must be application/json." },
    });
  }
  const text = await readLimited(req, MAX_BODY_BYTES);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new AppError({
      kind: "bad_request",
      code: "malformed_json",
      messages: { fa: "JSON ارسالی خوانا نیست.", en: "The request body is not valid JSON." },
    });
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw validationError(parsed.error.issues, opts.fieldName ?? ((key) => key));
  return parsed.data;
}
