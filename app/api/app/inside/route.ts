import type { NextRequest } from "next/server";
import { requireUser } from "@/lib/server/auth/require";
import { errorResponse } from "@/lib/server/http/respond";
import { listCarsInside } from "@/lib/server/parking/activity";
import { toActivityJson, type ActivityJson } from "../activity-json";

export type InsideResponse = ActivityJson[];

/** Cars inside now, filtered by `q` (any part of the plate), for the searchable list. */
export async function GET(req: NextRequest): Promise<Response> {
  try {
    await requireUser();
    const query = req.nextUrl.searchParams.get("q")?.slice(0, 20) ?? "";
    const cars = await listCarsInside({ query });
    const body: InsideResponse = cars.map(toActivityJson);
    return Response.json(body, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
