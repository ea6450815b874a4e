import type { Metadata } from "next";
import { getI18n } from "@/lib/i18n/server";
import { requirePageUser } from "@/lib/server/auth/require";
import { listGates } from "@/lib/server/gates/gates";
import { readGateSettings } from "@/lib/server/parking/settings";
import { GateStation } from "./gate-station";
import { ServiceWorkerRegistration } from "./service-worker-registration";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.gate.title };
}

/** Every signed-in user (operators and admins) may run a gate. */
export default async function GatePage() {
  await requirePageUser();
  return (
    <>
      <ServiceWorkerRegistration />
      <GateStation settings={await readGateSettings()} gates={(await listGates({ activeOnly: true })).map(({ id, name, direction }) => ({ id, name, direction }))} />
    </>
  );
}
