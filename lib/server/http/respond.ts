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

// Direction marks isolate plates in Persian UI text; API clients get the bare text.
const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const plain = (text: string) => text.replace(BIDI_MARKS, "");

function fieldErrorsBody(fieldErrors: Record<string, BilingualMessage>) {
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([field, m]) => [field, { message: plain(m.en), message_fa: plain(m.fa) }]),
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
      message: plain(appError.messages.en),
      message_fa: plain(appError.messages.fa),
      ...(appError.fieldErrors ? { field_errors: fieldErrorsBody(appError.fieldErrors) } : {}),
    },
  };
  const headers = new Headers(appError.headers);
  if (appError.kind === "unauthorized") headers.set("WWW-Authenticate", 'Bearer realm="pelak"');
  return Response.json(body, { status: appError.status, headers });
}
