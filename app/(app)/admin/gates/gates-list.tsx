"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { callAction } from "@/components/call-action";
import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { GateView, UpdateGateInput } from "@/lib/gate/gate-schema";
import { updateGateAction } from "./actions";
import { EditGateForm } from "./edit-gate-form";

/** Every gate with its direction and state; rename or redirect in place, deactivate or reactivate. */
export function GatesList({ gates }: { gates: GateView[] }) {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<number | null>(null);

  function update(input: UpdateGateInput) {
    startTransition(async () => {
      const result = await callAction(updateGateAction, input);
      setError(result.ok ? null : (result.fieldErrors?.name?.[locale] ?? result.error[locale]));
      if (!result.ok) return;
      setEditing(null);
      router.refresh();
    });
  }

  return (
    <section aria-labelledby="gates-heading" className="flex flex-col gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 id="gates-heading" className="font-bold">
        {t.gates.title}
      </h2>
      {error && <Alert tone="error">{error}</Alert>}
      {gates.length === 0 ? (
        <p className="py-6 text-center text-slate-500">{t.gates.empty}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {gates.map((gate) => (
            <li key={gate.id} data-gate={gate.name} className="flex flex-wrap items-center justify-between gap-3 py-3">
              {editing === gate.id ? (
                <EditGateForm gate={gate} pending={pending} onSave={update} onCancel={() => setEditing(null)} />
              ) : (
                <>
                  <div className="flex min-w-0 flex-col gap-1">
                    <span className="font-semibold">{gate.name}</span>
                    <span className="flex flex-wrap gap-2 text-xs">
                      <span className="rounded-full bg-slate-100 px-2 py-0.5 text-slate-700">{t.gates[gate.direction]}</span>
                      <span className={`rounded-full px-2 py-0.5 ${gate.active ? "bg-emerald-50 text-emerald-800" : "bg-slate-200 text-slate-600"}`}>
                        {gate.active ? t.gates.active : t.gates.inactive}
                      </span>
                    </span>
                  </div>
                  <div className="flex gap-2">
                    <Button size="sm" variant="secondary" disabled={pending} onClick={() => setEditing(gate.id)}>
                      {t.gates.rename}
                    </Button>
                    <Button size="sm" variant={gate.active ? "danger" : "secondary"} disabled={pending} onClick={() => update({ id: gate.id, active: !gate.active })}>
                      {gate.active ? t.gates.deactivate : t.gates.activate}
                    </Button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
