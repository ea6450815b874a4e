/**
 * What a server action answers with, shared by the actions (lib/server/action.ts) and the forms
 * that read the answer in the browser, so this file imports nothing from the server.
 */
export type BilingualMessage = { fa: string; en: string };

export type ActionError = BilingualMessage & { code: string };

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: ActionError; fieldErrors?: Record<string, BilingualMessage> };
