import { authenticateRequest } from "@/lib/server/http/authenticate";
import { apiHandler, methodNotAllowed, preflight } from "@/lib/server/http/handler";
import { readPathId } from "@/lib/server/http/path-id";
import { toPassJson, type PassJson } from "@/lib/server/passes/pass-json";
import { deletePass } from "@/lib/server/passes/passes";

export type PassDeletedResponse = { success: true; deleted: PassJson };

export const DELETE = apiHandler<{ params: Promise<{ id: string }> }>(async (req, { params }) => {
  const actor = await authenticateRequest(req, "admin");
  const deleted = await deletePass({ id: readPathId((await params).id), actor });
  const body: PassDeletedResponse = { success: true, deleted: toPassJson(deleted) };
  return Response.json(body);
});

export const OPTIONS = preflight("DELETE");

const notAllowed = methodNotAllowed("DELETE, OPTIONS");
export { notAllowed as GET, notAllowed as POST, notAllowed as PUT, notAllowed as PATCH };
