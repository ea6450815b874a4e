import { AppError } from "@/lib/server/errors";
import { authenticateRequest } from "@/lib/server/http/authenticate";
import { apiHandler, methodNotAllowed } from "@/lib/server/http/handler";
import { findStay } from "@/lib/server/parking/list-stays";
import { toSessionJson } from "@/lib/server/parking/session-json";

/** One stay, in the same shape as an item of GET /api/sessions. */
export const GET = apiHandler<{ params: Promise<{ id: string }> }>(async (req, { params }) => {
  await authenticateRequest(req);
  const { id } = await params;
  if (!/^[1-9]\d{0,9}$/.test(id) || Number(id) > 2 ** 31 - 1) {
    throw new AppError({ kind: "bad_request", code: "invalid_id", messages: { fa: "شناسهٔ ورود باید عدد صحیح مثبت باشد.", en: "The stay id must be a positive integer." } });
  }
  const stay = await findStay(Number(id));
  if (!stay) throw new AppError({ kind: "not_found", code: "unknown_session", messages: { fa: "چنین ورودی ثبت نشده است.", en: "There is no such stay." } });
  return Response.json(toSessionJson(stay));
});

const notAllowed = methodNotAllowed("GET, HEAD, OPTIONS");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
