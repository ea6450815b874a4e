import "server-only";
import { env } from "../env";

let allowList: Set<string> | undefined;

/** CORS_ORIGINS, read once: every REST response asks. */
function allowedOrigins(): Set<string> {
  allowList ??= new Set(env().corsOrigins);
  return allowList;
}

export function applyCors(req: Request, headers: Headers): void {
  headers.append("Vary", "Origin");
  const origin = req.headers.get("origin");
  if (!origin || !allowedOrigins().has(origin)) return;
  headers.set("Access-Control-Allow-Origin", origin);
  headers.set("Access-Control-Expose-Headers", "WWW-Authenticate");
}

/** Answers an OPTIONS preflight; an origin outside the list gets no Allow-Origin header. */
export function preflightResponse(req: Request, methods: string): Response {
  const headers = new Headers({ Allow: `${methods}, OPTIONS` });
  applyCors(req, headers);
  if (headers.has("Access-Control-Allow-Origin")) {
    headers.set("Access-Control-Allow-Methods", `${methods}, OPTIONS`);
    headers.set("Access-Control-Allow-Headers", "Authorization, Content-Type, Idempotency-Key");
    headers.set("Access-Control-Max-Age", "600");
  }
  return new Response(null, { status: 204, headers });
}
