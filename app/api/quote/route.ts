import { quoteJson, type QuoteJson } from "@/lib/parking/tariff-json";
import { vehicleClassSchema } from "@/lib/parking/tariff-plan-schema";
import { AppError } from "@/lib/server/errors";
import { authenticateRequest } from "@/lib/server/http/authenticate";
import { readJson } from "@/lib/server/http/body";
import { apiHandler, preflight, methodNotAllowed } from "@/lib/server/http/handler";
import { quoteBodySchema } from "@/lib/server/http/tariff-schemas";
import { requirePlate } from "@/lib/server/parking/parking-errors";
import { quoteStay } from "@/lib/server/tariffs/stay-pricer";
import { zodFieldErrors } from "@/lib/server/zod-errors";

export type QuoteResponse = QuoteJson;

/** What an exit at exit_at would charge a stay that entered at entry_at: the exit's own pricing. */
export const POST = apiHandler(async (req) => {
  await authenticateRequest(req);
  const body = await readJson(req, quoteBodySchema);
  const vehicleClass = vehicleClassSchema.safeParse(body.vehicle_class ?? "car");
  if (!vehicleClass.success) {
    const fieldErrors = { vehicle_class: zodFieldErrors(vehicleClass.error)._ };
    throw new AppError({ kind: "validation", messages: fieldErrors.vehicle_class, fieldErrors });
  }
  // The plate is checked now; passes (issue 10, item 2) price by it.
  const plate = body.plate === undefined ? null : requirePlate(body.plate);
  const price = await quoteStay({ entryAt: new Date(body.entry_at), exitAt: new Date(body.exit_at), vehicleClass: vehicleClass.data, plate });
  const answer: QuoteResponse = quoteJson(price);
  return Response.json(answer);
});

export const OPTIONS = preflight("POST");

const notAllowed = methodNotAllowed("POST, OPTIONS");
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
