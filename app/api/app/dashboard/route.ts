import { authenticateSession } from "@/lib/server/http/authenticate";
import { apiHandler, methodNotAllowed } from "@/lib/server/http/handler";
import { loadDashboard } from "@/lib/server/parking/dashboard";

/** Status cards and recent activity for the dashboard's SWR poll (session cookie only, no tokens). */
export const GET = apiHandler(async (req) => {
  const actor = await authenticateSession(req);
  return Response.json(await loadDashboard(actor));
});

const notAllowed = methodNotAllowed("GET, HEAD, OPTIONS");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
