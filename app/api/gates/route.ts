import { authenticateRequest } from "@/lib/server/http/authenticate";
import { apiHandler, preflight, methodNotAllowed } from "@/lib/server/http/handler";
import { toGateApiJson, type GateApiJson } from "@/lib/server/gates/gate-json";
import { listGates } from "@/lib/server/gates/gates";

export type GatesResponse = { gates: GateApiJson[] };

/** Every gate, active first, with online (a heartbeat within 2 minutes) and its last heartbeat's figures. */
export const GET = apiHandler(async (req) => {
  await authenticateRequest(req);
  const body: GatesResponse = { gates: (await listGates()).map(toGateApiJson) };
  return Response.json(body);
});

export const OPTIONS = preflight("GET");

const notAllowed = methodNotAllowed("GET, HEAD, OPTIONS");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
