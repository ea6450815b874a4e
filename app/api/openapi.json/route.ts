import { apiHandler, preflight } from "@/lib/server/http/handler";
import { openApiDocument } from "@/lib/server/http/openapi";

export const GET = apiHandler(async () => Response.json(openApiDocument));

export const OPTIONS = preflight("GET");
