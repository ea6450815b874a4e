import { AppError } from "@/lib/server/errors";
import { authenticateRequest } from "@/lib/server/http/authenticate";
import { readJson } from "@/lib/server/http/body";
import { correctionBodySchema, correctionOf } from "@/lib/server/http/correction-schemas";
import { apiHandler, methodNotAllowed, preflight } from "@/lib/server/http/handler";
import { readPathId } from "@/lib/server/http/path-id";
import { correctStay } from "@/lib/server/parking/correct-stay";
import { findStay } from "@/lib/server/parking/list-stays";
import { toSessionJson } from "@/lib/server/parking/session-json";

type Context = { params: Promise<{ id: string }> };

/** One stay, in the same shape as an item of GET /api/sessions. */
export const GET = apiHandler<Context>(async (req, { params }) => {
  await authenticateRequest(req);
  const { id } = await params;
  if (!/^[1-9]\d{0,9}$/.test(id) || Number(id) > 2 ** 31 - 1) {
    throw new AppError({ kind: "bad_request", code: "invalid_id", messages: { fa: "شناسهٔ ورود باید عدد صحیح مثبت باشد.", en: "The stay id must be a positive integer." } });
  }
  const stay = await findStay(Number(id));
  if (!stay) throw new AppError({ kind: "not_found", code: "unknown_session", messages: { fa: "چنین ورودی ثبت نشده است.", en: "There is no such stay." } });
  return Response.json(toSessionJson(stay));
});

/** Corrects a stay's plate, times or amount (admins), with a reason; answers the stay as GET. */
export const PATCH = apiHandler<Context>(async (req, { params }) => {
  const actor = await authenticateRequest(req, "admin");
  const id = readPathId((await params).id);
  const body = await readJson(req, correctionBodySchema);
  return Response.json(toSessionJson(await correctStay({ id, change: correctionOf(body), reason: body.reason, actor })));
});

export const OPTIONS = preflight("GET, PATCH");
const notAllowed = methodNotAllowed("GET, HEAD, PATCH, OPTIONS");
export { notAllowed as POST, notAllowed as PUT, notAllowed as DELETE };
