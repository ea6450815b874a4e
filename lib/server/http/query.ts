import "server-only";
import type { NextRequest } from "next/server";
import type { z } from "zod";
import { AppError } from "../errors";

type Message = ConstructorParameters<typeof AppError>[0]["messages"];

/** Validates the query string (each parameter once): 422 with field_errors per parameter otherwise. */
export function readQuery<S extends z.ZodType>(req: NextRequest, schema: S): z.infer<S> {
  const params = req.nextUrl.searchParams;
  const fieldErrors: Record<string, Message> = {};
  const repeated = new Set([...params.keys()].filter((key) => params.getAll(key).length > 1));
  for (const key of repeated) fieldErrors[key] = { en: "Give this parameter once.", fa: "این پارامتر را یک بار بفرستید." };
  const parsed = schema.safeParse(Object.fromEntries(params));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) fieldErrors[key] ??= { en: "Unknown parameter.", fa: "این پارامتر شناخته نیست." };
        continue;
      }
      const key = String(issue.path[0] ?? "query");
      fieldErrors[key] ??= { en: issue.message, fa: "مقدار این پارامتر معتبر نیست." };
    }
  }
  if (!parsed.success || repeated.size > 0) {
    throw new AppError({
      kind: "validation",
      messages: { fa: "پارامترهای درخواست معتبر نیستند.", en: "The query parameters are not valid." },
      fieldErrors,
    });
  }
  return parsed.data;
}
