import { z } from "zod";
import { localDayRange } from "@/lib/parking/day-range";
import { authenticateRequest } from "@/lib/server/http/authenticate";
import { apiHandler, preflight } from "@/lib/server/http/handler";
import { readQuery } from "@/lib/server/http/query";
import { listStays, MAX_STAYS_LIMIT } from "@/lib/server/parking/list-stays";

/** A day (YYYY-MM-DD, the lot's local day) or an instant with its offset (ISO 8601). */
const when = (edge: "start" | "end") =>
  z.union([
    z.iso.date().transform((day) => localDayRange(new Date(`${day}T12:00:00Z`))[edge]),
    z.iso.datetime({ offset: true }).transform((at) => new Date(at)),
  ]);

const querySchema = z.object({
  plate: z.string().max(64).optional(),
  from: when("start").optional(),
  to: when("end").optional(),
  status: z.enum(["open", "closed", "archived"]).optional(),
  cursor: z.string().min(1).max(64).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_STAYS_LIMIT).optional(),
});

/** duration in whole minutes and cost in Tomans, null while the car is inside (as POST /api/exit). */
export type SessionsResponse = {
  items: Array<{ id: number; plate: string; entry_at: string; exit_at: string | null; duration: number | null; cost: number | null; status: string }>;
  next_cursor: string | null;
};

/** Stays newest first, filtered and paged by cursor (lib/server/parking/list-stays.ts). */
export const GET = apiHandler(async (req) => {
  await authenticateRequest(req);
  const query = readQuery(req, querySchema);
  const page = await listStays(query);
  const body: SessionsResponse = {
    items: page.items.map((stay) => ({
      id: stay.id,
      plate: stay.plate,
      entry_at: stay.entryAt.toISOString(),
      exit_at: stay.exitAt?.toISOString() ?? null,
      duration: stay.durationMinutes,
      cost: stay.cost,
      status: stay.status,
    })),
    next_cursor: page.nextCursor,
  };
  return Response.json(body);
});

export const OPTIONS = preflight("GET");
