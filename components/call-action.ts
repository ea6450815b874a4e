import type { ActionError, ActionResult } from "@/lib/action-result";

const UNREACHABLE: ActionError = {
  code: "network",
  fa: "ارتباط با سرور برقرار نشد. اتصال را بررسی کنید و دوباره بفرستید.",
  en: "Could not reach the server. Check the connection and send again.",
};

/**
 * A server action throws in the browser when the request itself fails (offline, server restarting).
 * That becomes an ordinary error result, so the form stays on screen and can be sent again.
 */
export async function callAction<A extends unknown[], T>(
  action: (...args: A) => Promise<ActionResult<T>>,
  ...args: A
): Promise<ActionResult<T>> {
  try {
    return await action(...args);
  } catch {
    return { ok: false, error: UNREACHABLE };
  }
}
