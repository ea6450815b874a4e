import { countInside } from "@/lib/server/parking/status";
import { getSettings } from "@/lib/server/parking/settings";
import { authenticateRequest } from "@/lib/server/http/authenticate";
import { apiHandler, preflight } from "@/lib/server/http/handler";

export type StatusResponse = { capacity: number; active: number; free: number; price: number };

export const GET = apiHandler(async (req) => {
  await authenticateRequest(req);
  const [settings, active] = await Promise.all([getSettings(), countInside()]);
  const body: StatusResponse = {
    capacity: settings.capacity,
    active,
    free: Math.max(0, settings.capacity - active),
    price: settings.pricePerHour,
  };
  return Response.json(body);
});

export const OPTIONS = preflight("GET");
