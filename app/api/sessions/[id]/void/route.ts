import { authenticateRequest } from "@/lib/server/http/authenticate";
import { readJson } from "@/lib/server/http/body";
import { voidBodySchema } from "@/lib/server/http/correction-schemas";
import { apiHandler, methodNotAllowed, preflight } from "@/lib/server/http/handler";
import { readPathId } from "@/lib/server/http/path-id";
import { toSessionJson } from "@/lib/server/parking/session-json";
import { voidStay } from "@/lib/server/parking/void-stay";

/** Voids a stay (admins), with a reason; answers the stay as GET /api/sessions/{id}. */
export const POST = apiHandler<{ params: Promise<{ id: string }> }>(async (req, { params }) => {
  const actor = await authenticateRequest(req, "admin");
  const id = readPathId((await params).id);
  const { reason } = await readJson(req, voidBodySchema);
  return Response.json(toSessionJson(await voidStay({ id, reason, actor })));
});

export const OPTIONS = preflight("POST");
const notAllowed = methodNotAllowed("POST, OPTIONS");
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
