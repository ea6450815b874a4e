import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { interpolate } from "@/lib/i18n/messages";
import type { Messages } from "@/lib/i18n/messages/messages-shape";
import type { HistoryFormValues } from "@/lib/parking/history-filters";
import { PAYMENT_METHODS } from "@/lib/parking/payment";

type HistoryFilterFormProps = {
  values: HistoryFormValues;
  invalid: ReadonlyArray<"from" | "to">;
  /** Every gate, inactive ones too: their stays stay searchable. */
  gates: ReadonlyArray<{ id: number; name: string }>;
  t: Messages;
};

/** A GET form: the filters live in the address, so a filtered view can be bookmarked or linked. */
export function HistoryFilterForm({ values, invalid, gates, t }: HistoryFilterFormProps) {
  const statuses = [
    { value: "", label: t.history.allStatuses },
    { value: "open", label: t.history.open },
    { value: "closed", label: t.history.closed },
    { value: "archived", label: t.history.archived },
    { value: "void", label: t.corrections.void },
  ];
  const badDate = (key: "from" | "to") => (invalid.includes(key) ? interpolate(t.history.badDate, { value: values[key] }) : undefined);

  return (
    <form method="get" action="/history" className="grid grid-cols-2 items-start gap-3 rounded-xl bg-white p-3 shadow-sm ring-1 ring-slate-200 md:grid-cols-3 lg:grid-cols-6">
      <TextField label={t.history.plate} name="plate" defaultValue={values.plate} dir="ltr" className="col-span-2 md:col-span-1" />
      <TextField label={t.history.from} name="from" defaultValue={values.from} placeholder={t.history.dateHelp} dir="ltr" inputMode="numeric" error={badDate("from")} />
      <TextField label={t.history.to} name="to" defaultValue={values.to} placeholder={t.history.dateHelp} dir="ltr" inputMode="numeric" error={badDate("to")} />
      <SelectField label={t.history.status} name="status" defaultValue={values.status} options={statuses} />
      <TextField label={t.history.operator} name="operator" defaultValue={values.operator} />
      <SelectField
        label={t.payment.method}
        name="payment_method"
        defaultValue={values.payment_method}
        options={[{ value: "", label: t.payment.allMethods }, ...PAYMENT_METHODS.map((method) => ({ value: method, label: t.payment[method] }))]}
      />
      {gates.length > 0 && (
        <SelectField
          label={t.gates.filter}
          name="gate"
          defaultValue={values.gate}
          options={[{ value: "", label: t.gates.allGates }, ...gates.map((gate) => ({ value: String(gate.id), label: gate.name }))]}
        />
      )}
      <div className="col-span-2 flex flex-wrap gap-2 md:col-span-3 lg:col-span-6">
        <Button type="submit">{t.history.filter}</Button>
        <Link href="/history" className={buttonClass("secondary")}>
          {t.history.clear}
        </Link>
      </div>
    </form>
  );
}
