import { requireUser } from "@/lib/server/auth/require";
import { errorResponse } from "@/lib/server/http/respond";
import { loadDashboard } from "./load";

/** Status cards and recent activity for the dashboard's SWR poll (session cookie only, no tokens). */
export async function GET(): Promise<Response> {
  try {
    await requireUser();
    return Response.json(await loadDashboard(), { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
