import { z } from "zod";
import { stayFiltersSchema } from "@/lib/parking/stays-query";
import { authenticateRequest } from "@/lib/server/http/authenticate";
import { apiHandler, preflight, methodNotAllowed } from "@/lib/server/http/handler";
import { readQuery } from "@/lib/server/http/query";
import { listStays, MAX_STAYS_LIMIT } from "@/lib/server/parking/list-stays";
import { toSessionJson, type SessionJson } from "@/lib/server/parking/session-json";

const querySchema = stayFiltersSchema.extend({
  cursor: z.string().min(1).max(64).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_STAYS_LIMIT).optional(),
});

export type SessionsResponse = { items: SessionJson[]; next_cursor: string | null };

/** Stays newest first, filtered and paged by cursor (lib/server/parking/list-stays.ts). */
export const GET = apiHandler(async (req) => {
  await authenticateRequest(req);
  const { payment_method: paymentMethod, ...filters } = readQuery(req, querySchema);
  const page = await listStays({ ...filters, paymentMethod });
  const body: SessionsResponse = { items: page.items.map(toSessionJson), next_cursor: page.nextCursor };
  return Response.json(body);
});

export const OPTIONS = preflight("GET");

const notAllowed = methodNotAllowed("GET, HEAD, OPTIONS");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
