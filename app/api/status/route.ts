import { readLotStatus } from "@/lib/server/parking/status";
import { authenticateRequest } from "@/lib/server/http/authenticate";
import { apiHandler, preflight, methodNotAllowed } from "@/lib/server/http/handler";

export type StatusResponse = { capacity: number; active: number; free: number; price: number };

export const GET = apiHandler(async (req) => {
  await authenticateRequest(req);
  const lot = await readLotStatus();
  const body: StatusResponse = { capacity: lot.capacity, active: lot.active, free: lot.free, price: lot.pricePerHour };
  return Response.json(body);
});

export const OPTIONS = preflight("GET");

const notAllowed = methodNotAllowed("GET, HEAD, OPTIONS");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
