import { z } from "zod";
import { watchListCsv } from "@/lib/parking/pass-csv";
import { authenticateRequest } from "@/lib/server/http/authenticate";
import { readJson } from "@/lib/server/http/body";
import { apiHandler, methodNotAllowed, preflight } from "@/lib/server/http/handler";
import { readQuery } from "@/lib/server/http/query";
import { toWatchEntryJson, type WatchEntryJson } from "@/lib/server/passes/pass-json";
import { createWatchEntry, listWatchEntries } from "@/lib/server/passes/watchlist";

export type WatchListResponse = { items: WatchEntryJson[] };
export type WatchEntryCreatedResponse = { success: true; entry: WatchEntryJson };

const querySchema = z.object({ plate: z.string().max(32).optional(), format: z.enum(["json", "csv"]).default("json") }).strict();

/** Operators may read (the gate and the dashboard show a plate's status); format=csv is the admin page's export. */
export const GET = apiHandler(async (req) => {
  await authenticateRequest(req);
  const { plate, format } = readQuery(req, querySchema);
  const entries = await listWatchEntries({ plate });
  if (format === "csv") {
    return new Response(watchListCsv(entries), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="pelak-watchlist.csv"' },
    });
  }
  const body: WatchListResponse = { items: entries.map(toWatchEntryJson) };
  return Response.json(body);
});

/** The body is checked field by field by the use case (422 with field_errors). */
export const POST = apiHandler(async (req) => {
  const actor = await authenticateRequest(req, "admin");
  const input = await readJson(req, z.record(z.string(), z.unknown()));
  const entry = await createWatchEntry({ input, actor });
  const body: WatchEntryCreatedResponse = { success: true, entry: toWatchEntryJson(entry) };
  return Response.json(body, { status: 201 });
});

export const OPTIONS = preflight("GET, POST");

const notAllowed = methodNotAllowed("GET, HEAD, POST, OPTIONS");
export { notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
