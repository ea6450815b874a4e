import { checkHealth } from "@/lib/server/health/check-health";
import type { HealthReport } from "@/lib/server/health/health-report";
import { apiHandler, preflight, methodNotAllowed } from "@/lib/server/http/handler";

export type HealthResponse = HealthReport;

// No authentication: load balancers and monitors call it, and the body holds only counts and flags.
export const GET = apiHandler(async () => {
  const body: HealthResponse = await checkHealth();
  return Response.json(body, { status: body.status === "ok" ? 200 : 503 });
});

export const OPTIONS = preflight("GET");

const notAllowed = methodNotAllowed("GET, HEAD, OPTIONS");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
