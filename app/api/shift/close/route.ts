import { z } from "zod";
import { countedCashSchema } from "@/lib/parking/counted-cash";
import { toShiftJson } from "@/lib/parking/shift-json";
import { authenticateRequest } from "@/lib/server/http/authenticate";
import { readJson } from "@/lib/server/http/body";
import { apiHandler, methodNotAllowed, preflight } from "@/lib/server/http/handler";
import { closeShift } from "@/lib/server/shifts/shifts";

const bodySchema = z.strictObject({ counted_cash: countedCashSchema });

/** Closes the caller's open shift with the counted cash (Tomans); 409 `no_open_shift` when none is open. */
export const POST = apiHandler(async (req) => {
  const actor = await authenticateRequest(req);
  const { counted_cash } = await readJson(req, bodySchema);
  return Response.json(toShiftJson(await closeShift({ actor, countedCash: counted_cash })));
});

export const OPTIONS = preflight("POST");

const notAllowed = methodNotAllowed("POST, OPTIONS");
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
