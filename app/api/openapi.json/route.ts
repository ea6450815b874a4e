import { apiHandler, preflight, methodNotAllowed } from "@/lib/server/http/handler";
import { openApiDocument } from "@/lib/server/http/openapi";

export const GET = apiHandler(async () => Response.json(openApiDocument));

export const OPTIONS = preflight("GET");

const notAllowed = methodNotAllowed("GET, HEAD, OPTIONS");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
