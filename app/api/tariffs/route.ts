import { planInForce } from "@/lib/parking/tariff-versions";
import { VEHICLE_CLASSES } from "@/lib/parking/tariff-plan";
import { tariffPlanJson, type TariffPlanJson } from "@/lib/parking/tariff-json";
import { authenticateRequest } from "@/lib/server/http/authenticate";
import { readJson } from "@/lib/server/http/body";
import { apiHandler, preflight, methodNotAllowed } from "@/lib/server/http/handler";
import { tariffBodySchema, tariffInputOf, withSnakeFieldNames } from "@/lib/server/http/tariff-schemas";
import { addTariffVersion, listTariffVersions } from "@/lib/server/tariffs/tariff-plans";

export type TariffsResponse = { plans: TariffPlanJson[] };

async function listJson(): Promise<TariffPlanJson[]> {
  const versions = await listTariffVersions();
  const now = new Date();
  const ofClass = (cls: string) => versions.filter((v) => v.vehicleClass === cls);
  const inForce = new Set(VEHICLE_CLASSES.map((cls) => planInForce(ofClass(cls), cls, now)?.id));
  return versions.map((v) => tariffPlanJson(v, inForce.has(v.id)));
}

/** Every plan version, per vehicle class, newest first (operators and admins). */
export const GET = apiHandler(async (req) => {
  await authenticateRequest(req);
  const body: TariffsResponse = { plans: await listJson() };
  return Response.json(body);
});

/** Adds a plan version (admins); 201 with the list as it is now. */
export const POST = apiHandler(async (req) => {
  const actor = await authenticateRequest(req, "admin");
  const body = await readJson(req, tariffBodySchema);
  try {
    await addTariffVersion({ input: tariffInputOf(body), actor });
  } catch (error) {
    throw withSnakeFieldNames(error);
  }
  return Response.json({ success: true, plans: await listJson() }, { status: 201 });
});

export const OPTIONS = preflight("GET, POST");

const notAllowed = methodNotAllowed("GET, POST, HEAD, OPTIONS");
export { notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
