import { registerExit } from "@/lib/server/parking/register-exit";
import { authenticateRequest } from "@/lib/server/http/authenticate";
import { readJson } from "@/lib/server/http/body";
import { apiHandler, idempotencyKey, preflight, methodNotAllowed } from "@/lib/server/http/handler";
import { exitBodySchema } from "@/lib/server/http/schemas";
import type { PaymentMethod } from "@/lib/parking/payment";
import { tariffLineJson, type TariffLineJson } from "@/lib/parking/tariff-json";
import { toPassExitJson, type PassExitJson } from "@/lib/server/passes/pass-json";

/** duration is in whole minutes, cost in the lot's currency unit (Tomans), as the original API. */
export type ExitResponse = {
  success: true;
  duration: number;
  cost: number;
  plate: string;
  entry_at: string;
  exit_at: string;
  replayed: boolean;
  /** null when the stay cost nothing (nothing to pay). */
  payment_method: PaymentMethod | null;
  /** The tariff's bill lines; their amounts add up to the plan's price (before a pass or an exemption). */
  lines: TariffLineJson[];
} & PassExitJson;

export const POST = apiHandler(async (req) => {
  const actor = await authenticateRequest(req);
  const requestId = idempotencyKey(req);
  const { plate, image, gate, payment_method, exempt_reason, read_plate } = await readJson(req, exitBodySchema);
  const payment = { method: payment_method, exemptReason: exempt_reason };
  const result = await registerExit({ plate, image, gateId: gate, requestId, actor, payment, readPlate: read_plate });
  const body: ExitResponse = {
    success: true,
    duration: result.durationMinutes,
    cost: result.cost,
    plate: result.plate,
    entry_at: result.entryAt.toISOString(),
    exit_at: result.exitAt.toISOString(),
    replayed: result.replayed,
    payment_method: result.paymentMethod,
    lines: (result.lines ?? []).map(tariffLineJson),
    ...toPassExitJson(result.pass),
  };
  return Response.json(body);
});

export const OPTIONS = preflight("POST");

const notAllowed = methodNotAllowed("POST, OPTIONS");
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
