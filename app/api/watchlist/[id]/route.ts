import { authenticateRequest } from "@/lib/server/http/authenticate";
import { apiHandler, methodNotAllowed, preflight } from "@/lib/server/http/handler";
import { readPathId } from "@/lib/server/http/path-id";
import { toWatchEntryJson, type WatchEntryJson } from "@/lib/server/passes/pass-json";
import { deleteWatchEntry } from "@/lib/server/passes/watchlist";

export type WatchEntryDeletedResponse = { success: true; deleted: WatchEntryJson };

export const DELETE = apiHandler<{ params: Promise<{ id: string }> }>(async (req, { params }) => {
  const actor = await authenticateRequest(req, "admin");
  const deleted = await deleteWatchEntry({ id: readPathId((await params).id), actor });
  const body: WatchEntryDeletedResponse = { success: true, deleted: toWatchEntryJson(deleted) };
  return Response.json(body);
});

export const OPTIONS = preflight("DELETE");

const notAllowed = methodNotAllowed("DELETE, OPTIONS");
export { notAllowed as GET, notAllowed as POST, notAllowed as PUT, notAllowed as PATCH };
