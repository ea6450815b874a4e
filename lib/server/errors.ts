import type { BilingualMessage } from "@/lib/action-result";
import type { LookalikeStay } from "@/lib/parking/parking-results";

export type { BilingualMessage };

/** The one error type whose messages reach users; everything else is logged and shown generically. */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  validation: 422,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
} as const;

export type ErrorKind = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly kind: ErrorKind;
  /** Stable machine-readable code, e.g. "lot_full", "already_inside", "invalid_plate". */
  readonly code: string;
  readonly messages: BilingualMessage;
  readonly fieldErrors?: Record<string, BilingualMessage>;
  /** HTTP headers the status calls for: Allow on 405, Retry-After on 429. */
  readonly headers?: Record<string, string>;
  /** not_inside on an exit: the cars inside one confused character away (lib/parking/plate-lookalikes.ts). */
  readonly suggestions?: LookalikeStay[];

  constructor(opts: {
    kind: ErrorKind;
    code?: string;
    messages: BilingualMessage;
    fieldErrors?: Record<string, BilingualMessage>;
    headers?: Record<string, string>;
    suggestions?: LookalikeStay[];
  }) {
    super(opts.messages.en);
    this.name = "AppError";
    this.kind = opts.kind;
    this.code = opts.code ?? opts.kind;
    this.messages = opts.messages;
    this.fieldErrors = opts.fieldErrors;
    this.headers = opts.headers;
    this.suggestions = opts.suggestions;
  }

  get status(): number {
    return ERROR_STATUS[this.kind];
  }
}

type DbErrorShape = { code?: string; meta?: { driverAdapterError?: { cause?: { kind?: string } } } } | null;

/**
 * P2002 from Prisma's model queries; its raw queries report the same violation as P2010 with the
 * adapter's cause; the hot-path SQL gets the drivers' own codes (SQLite's, PostgreSQL's 23505).
 */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as DbErrorShape;
  if (e?.code === "P2002" || e?.code === "SQLITE_CONSTRAINT_UNIQUE" || e?.code === "23505") return true;
  return e?.code === "P2010" && e.meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation";
}
