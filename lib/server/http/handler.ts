import "server-only";
import type { NextRequest } from "next/server";
import { AppError } from "../errors";
import { applyCors, preflightResponse } from "./cors";
import { errorResponse } from "./respond";

/** A route's handler; `context` is Next's second argument (`{ params }` on a dynamic route). */
type Handler<Context> = (req: NextRequest, context: Context) => Promise<Response>;

/**
 * Every route handler under /api: errors become the JSON error body, CORS headers are added, and
 * nothing is cached unless the handler says so.
 */
export function apiHandler<Context = unknown>(handler: Handler<Context>): Handler<Context> {
  return async (req, context) => {
    let response: Response;
    try {
      response = await handler(req, context);
    } catch (error) {
      response = errorResponse(error);
    }
    applyCors(req, response.headers);
    // Live data: never cached. no-transform also keeps Next from gzipping these small bodies,
    // which cost ~7 % of the server's CPU under load (docs/BENCHMARKS.md).
    if (!response.headers.has("Cache-Control")) response.headers.set("Cache-Control", "no-store, no-transform");
    return response;
  };
}

export function preflight(methods: string): Handler<unknown> {
  return async (req) => preflightResponse(req, methods);
}

/**
 * Answers the methods a route does not implement; without it Next sends a bare 405 with no JSON
 * error body. `allow` lists what the route does answer, OPTIONS included.
 */
export function methodNotAllowed(allow: string): Handler<unknown> {
  return apiHandler(async () => {
    throw new AppError({
      kind: "method_not_allowed",
      messages: { fa: `این مسیر فقط ${allow} را می‌پذیرد.`, en: `This route accepts only ${allow}.` },
      headers: { Allow: allow },
    });
  });
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,128}$/;

/** The optional Idempotency-Key header, used as the use case's requestId for safe retries. */
export function idempotencyKey(req: Request): string | undefined {
  const key = req.headers.get("idempotency-key");
  if (key === null) return undefined;
  if (IDEMPOTENCY_KEY.test(key)) return key;
  const message = { fa: "کلید Idempotency-Key باید ۱ تا ۱۲۸ نویسه چاپی باشد.", en: "Idempotency-Key must be 1-128 printable ASCII characters." };
  throw new AppError({ kind: "validation", messages: message, fieldErrors: { "Idempotency-Key": message } });
}
