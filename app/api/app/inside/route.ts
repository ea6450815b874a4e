import type { InsideCarJson } from "@/lib/parking/inside-car-json";
import { authenticateSession } from "@/lib/server/http/authenticate";
import { apiHandler, methodNotAllowed } from "@/lib/server/http/handler";
import { loadCarsInside } from "@/lib/server/parking/inside-cars";

/** Cars inside now, filtered by `q` (any part of the plate), each with what it owes so far, for the searchable list. */
export const GET = apiHandler(async (req) => {
  await authenticateSession(req);
  const query = req.nextUrl.searchParams.get("q")?.slice(0, 20) ?? "";
  const body: InsideCarJson[] = await loadCarsInside({ query });
  return Response.json(body);
});

const notAllowed = methodNotAllowed("GET, HEAD, OPTIONS");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
