import type { Metadata } from "next";
import { getI18n } from "@/lib/i18n/server";
import { requirePageRole } from "@/lib/server/auth/require";
import { listGates } from "@/lib/server/gates/gates";
import { CreateGateForm } from "./create-gate-form";
import { GatesList } from "./gates-list";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.gates.title };
}

export default async function GatesPage() {
  await requirePageRole("admin");
  const { t } = await getI18n();
  const gates = await listGates();
  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1 className="text-2xl font-bold">{t.gates.title}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{t.gates.intro}</p>
      </div>
      <CreateGateForm />
      <GatesList gates={gates} />
    </div>
  );
}
