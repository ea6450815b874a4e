import { z } from "zod";
import { passesCsv } from "@/lib/parking/pass-csv";
import { authenticateRequest } from "@/lib/server/http/authenticate";
import { readJson } from "@/lib/server/http/body";
import { apiHandler, methodNotAllowed, preflight } from "@/lib/server/http/handler";
import { readQuery } from "@/lib/server/http/query";
import { toPassJson, type PassJson } from "@/lib/server/passes/pass-json";
import { createPass, listPasses } from "@/lib/server/passes/passes";

export type PassesResponse = { items: PassJson[] };
export type PassCreatedResponse = { success: true; pass: PassJson };

const querySchema = z.object({ plate: z.string().max(32).optional(), format: z.enum(["json", "csv"]).default("json") }).strict();

/** Operators may read (the gate asks who holds a pass); format=csv is the admin page's export. */
export const GET = apiHandler(async (req) => {
  await authenticateRequest(req);
  const { plate, format } = readQuery(req, querySchema);
  const passes = await listPasses({ plate, limit: format === "csv" ? 100_000 : 500 });
  if (format === "csv") {
    return new Response(passesCsv(passes), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="pelak-passes.csv"' },
    });
  }
  const body: PassesResponse = { items: passes.map(toPassJson) };
  return Response.json(body);
});

/** The body is checked field by field by the use case (422 with field_errors). */
export const POST = apiHandler(async (req) => {
  const actor = await authenticateRequest(req, "admin");
  const input = await readJson(req, z.record(z.string(), z.unknown()));
  const pass = await createPass({ input, actor });
  const body: PassCreatedResponse = { success: true, pass: toPassJson(pass) };
  return Response.json(body, { status: 201 });
});

export const OPTIONS = preflight("GET, POST");

const notAllowed = methodNotAllowed("GET, HEAD, POST, OPTIONS");
export { notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
