import { toShiftJson, type ShiftJson } from "@/lib/parking/shift-json";
import { authenticateRequest } from "@/lib/server/http/authenticate";
import { apiHandler, methodNotAllowed, preflight } from "@/lib/server/http/handler";
import { getCurrentShift, openShift } from "@/lib/server/shifts/shifts";

export type CurrentShiftResponse = { shift: ShiftJson | null };

/** The caller's open shift with its live totals, or null. */
export const GET = apiHandler(async (req) => {
  const actor = await authenticateRequest(req);
  const shift = await getCurrentShift({ actor });
  const body: CurrentShiftResponse = { shift: shift && toShiftJson(shift) };
  return Response.json(body, { headers: { "cache-control": "no-store" } });
});

/** Opens the caller's shift: 201, or 409 `shift_open` when one is already open. */
export const POST = apiHandler(async (req) => {
  const actor = await authenticateRequest(req);
  return Response.json(toShiftJson(await openShift({ actor })), { status: 201 });
});

export const OPTIONS = preflight("GET, POST");

const notAllowed = methodNotAllowed("GET, HEAD, POST, OPTIONS");
export { notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
