import { registerExit } from "@/lib/server/parking/register-exit";
import { authenticateRequest } from "@/lib/server/http/authenticate";
import { readJson } from "@/lib/server/http/body";
import { apiHandler, idempotencyKey, preflight, methodNotAllowed } from "@/lib/server/http/handler";
import { plateBodySchema } from "@/lib/server/http/schemas";

/** duration is in whole minutes, cost in the lot's currency unit (Tomans), as the original API. */
export type ExitResponse = {
  success: true;
  duration: number;
  cost: number;
  plate: string;
  entry_at: string;
  exit_at: string;
  replayed: boolean;
};

export const POST = apiHandler(async (req) => {
  const actor = await authenticateRequest(req);
  const requestId = idempotencyKey(req);
  const { plate, image } = await readJson(req, plateBodySchema);
  const result = await registerExit({ plate, image, requestId, actor });
  const body: ExitResponse = {
    success: true,
    duration: result.durationMinutes,
    cost: result.cost,
    plate: result.plate,
    entry_at: result.entryAt.toISOString(),
    exit_at: result.exitAt.toISOString(),
    replayed: result.replayed,
  };
  return Response.json(body);
});

export const OPTIONS = preflight("POST");

const notAllowed = methodNotAllowed("POST, OPTIONS");
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
