import "server-only";
import type { BilingualMessage } from "@/lib/action-result";
import { AppError } from "../errors";

export type ApiErrorBody = {
  success: false;
  error: {
    code: string;
    message: string;
    message_fa: string;
    field_errors?: Record<string, { message: string; message_fa: string }>;
  };
};

function fieldErrorsBody(fieldErrors: Record<string, BilingualMessage>) {
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([field, m]) => [field, { message: m.en, message_fa: m.fa }]),
  );
}

/** The one AppError → HTTP mapping; anything that is not an AppError is logged and becomes a generic 500. */
export function errorResponse(error: unknown): Response {
  const appError =
    error instanceof AppError
      ? error
      : new AppError({
          kind: "internal",
          messages: { fa: "خطای داخلی سرور؛ دوباره تلاش کنید.", en: "Internal server error; please retry." },
        });
  if (!(error instanceof AppError)) console.error("[api] unexpected error", error);
  const body: ApiErrorBody = {
    success: false,
    error: {
      code: appError.code,
      message: appError.messages.en,
      message_fa: appError.messages.fa,
      ...(appError.fieldErrors ? { field_errors: fieldErrorsBody(appError.fieldErrors) } : {}),
    },
  };
  const headers = appError.kind === "unauthorized" ? { "WWW-Authenticate": 'Bearer realm="pelak"' } : undefined;
  return Response.json(body, { status: appError.status, headers });
}
