"use client";

import type { FormEvent } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { GateKind, GateView, UpdateGateInput } from "@/lib/gate/gate-schema";
import { directionOptions } from "./direction-options";

type Props = { gate: GateView; pending: boolean; onSave: (input: UpdateGateInput) => void; onCancel: () => void };

/** A gate's name and direction, edited in its row. */
export function EditGateForm({ gate, pending, onSave, onCancel }: Props) {
  const { t } = useI18n();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    onSave({ id: gate.id, name: String(form.get("name") ?? ""), direction: String(form.get("direction")) as GateKind });
  }

  return (
    <form onSubmit={submit} noValidate className="grid w-full gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
      <TextField label={t.gates.name} name="name" defaultValue={gate.name} maxLength={40} required autoFocus />
      <SelectField label={t.gates.direction} name="direction" defaultValue={gate.direction} options={directionOptions(t)} />
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={pending}>
          {t.gates.save}
        </Button>
        <Button size="sm" variant="secondary" onClick={onCancel}>
          {t.gates.cancel}
        </Button>
      </div>
    </form>
  );
}
