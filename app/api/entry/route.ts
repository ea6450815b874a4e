import { registerEntry } from "@/lib/server/parking/register-entry";
import { authenticateRequest } from "@/lib/server/http/authenticate";
import { readJson } from "@/lib/server/http/body";
import { apiHandler, idempotencyKey, preflight, methodNotAllowed } from "@/lib/server/http/handler";
import { plateBodySchema } from "@/lib/server/http/schemas";
import { vehicleClassSchema } from "@/lib/parking/tariff-plan-schema";

/** vehicle_class (car, motorcycle, van; default car) picks the tariff plan. */
const entryBodySchema = plateBodySchema.extend({ vehicle_class: vehicleClassSchema.optional() });

/** alert: the plate is on the watch list as "alert": admitted, and the operator is told why. */
export type EntryResponse = { success: true; entry_id: number; plate: string; entry_at: string; replayed: boolean; alert?: { reason: string } };

export const POST = apiHandler(async (req) => {
  const actor = await authenticateRequest(req);
  const requestId = idempotencyKey(req);
  const { plate, image, gate, vehicle_class } = await readJson(req, entryBodySchema);
  const result = await registerEntry({ plate, image, gateId: gate, requestId, actor, vehicleClass: vehicle_class });
  const body: EntryResponse = {
    success: true,
    entry_id: result.entryId,
    plate: result.plate,
    entry_at: result.entryAt.toISOString(),
    replayed: result.replayed,
    ...(result.alert && { alert: result.alert }),
  };
  return Response.json(body);
});

export const OPTIONS = preflight("POST");

const notAllowed = methodNotAllowed("POST, OPTIONS");
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
