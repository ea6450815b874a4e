import type { LookalikeStay } from "@/lib/parking/parking-results";

/**
 * What a server action answers with, shared by the actions (lib/server/action.ts) and the forms
 * that read the answer in the browser, so this file imports nothing from the server.
 */
export type BilingualMessage = { fa: string; en: string };

/** suggestions: only with not_inside on an exit, the cars inside the plate may have been misread for. */
export type ActionError = BilingualMessage & { code: string; suggestions?: LookalikeStay[] };

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: ActionError; fieldErrors?: Record<string, BilingualMessage> };
