import { toActivityJson, type InsideResponse } from "@/lib/parking/activity-json";
import { authenticateSession } from "@/lib/server/http/authenticate";
import { apiHandler, methodNotAllowed } from "@/lib/server/http/handler";
import { listCarsInside } from "@/lib/server/parking/activity";

/** Cars inside now, filtered by `q` (any part of the plate), for the searchable list. */
export const GET = apiHandler(async (req) => {
  await authenticateSession(req);
  const query = req.nextUrl.searchParams.get("q")?.slice(0, 20) ?? "";
  const cars = await listCarsInside({ query });
  const body: InsideResponse = cars.map(toActivityJson);
  return Response.json(body);
});

const notAllowed = methodNotAllowed("GET, HEAD, OPTIONS");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
