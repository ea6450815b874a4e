import "server-only";
import type { BilingualMessage } from "@/lib/action-result";
import type { LookalikeStay } from "@/lib/parking/parking-results";
import { snapshotUrl } from "@/lib/parking/snapshot-url";
import { AppError } from "../errors";

/** A car inside offered with not_inside: its plate may have been misread as the one sent. */
export type LookalikeJson = { plate: string; session_id: number; entry_at: string; entry_snapshot_url: string | null };

export type ApiErrorBody = {
  success: false;
  error: {
    code: string;
    message: string;
    message_fa: string;
    field_errors?: Record<string, { message: string; message_fa: string }>;
    /** not_inside only (POST /api/exit); send one back as plate, with read_plate, to register its exit. */
    suggestions?: LookalikeJson[];
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

const lookalikeJson = (stay: LookalikeStay): LookalikeJson => ({
  plate: stay.plate,
  session_id: stay.sessionId,
  entry_at: stay.entryAt.toISOString(),
  entry_snapshot_url: stay.entrySnapshot && snapshotUrl(stay.entrySnapshot),
});

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
      ...(appError.suggestions && { suggestions: appError.suggestions.map(lookalikeJson) }),
    },
  };
  const headers = new Headers(appError.headers);
  if (appError.kind === "unauthorized") headers.set("WWW-Authenticate", 'Bearer realm="pelak"');
  return Response.json(body, { status: appError.status, headers });
}
