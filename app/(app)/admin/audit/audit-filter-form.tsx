import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { AUDIT_ACTIONS, auditActionLabel } from "@/lib/audit/audit-labels";
import type { Locale } from "@/lib/i18n/locale";
import { interpolate } from "@/lib/i18n/messages";
import type { Messages } from "@/lib/i18n/messages/messages-shape";

/** The filters as typed, so the form shows them back unchanged. */
export type AuditFormValues = Record<"person" | "action" | "plate" | "from" | "to", string>;

type AuditFilterFormProps = { values: AuditFormValues; invalid: ReadonlyArray<"from" | "to">; locale: Locale; t: Messages };

/** A GET form: the filters live in the address, so a filtered view can be bookmarked or linked. */
export function AuditFilterForm({ values, invalid, locale, t }: AuditFilterFormProps) {
  const actions = [{ value: "", label: t.audit.allActions }, ...AUDIT_ACTIONS.map((value) => ({ value, label: auditActionLabel(value, locale) }))];
  // A code the list does not know (a newer one, linked from elsewhere) stays selectable.
  if (values.action && !AUDIT_ACTIONS.includes(values.action)) actions.push({ value: values.action, label: values.action });
  const badDate = (key: "from" | "to") => (invalid.includes(key) ? interpolate(t.audit.badDate, { value: values[key] }) : undefined);

  return (
    <form method="get" action="/admin/audit" className="grid grid-cols-2 items-start gap-3 rounded-xl bg-white p-3 shadow-sm ring-1 ring-slate-200 md:grid-cols-6">
      <TextField label={t.audit.person} name="person" defaultValue={values.person} className="col-span-2 md:col-span-1" />
      <SelectField label={t.audit.action} name="action" defaultValue={values.action} options={actions} className="col-span-2 md:col-span-2" />
      <TextField label={t.audit.plate} name="plate" defaultValue={values.plate} dir="ltr" className="col-span-2 md:col-span-1" />
      <TextField label={t.audit.from} name="from" defaultValue={values.from} placeholder={t.audit.dateHelp} dir="ltr" inputMode="numeric" error={badDate("from")} />
      <TextField label={t.audit.to} name="to" defaultValue={values.to} placeholder={t.audit.dateHelp} dir="ltr" inputMode="numeric" error={badDate("to")} />
      <div className="col-span-2 flex flex-wrap gap-2 md:col-span-6">
        <Button type="submit">{t.audit.filter}</Button>
        <Link href="/admin/audit" className={buttonClass("secondary")}>
          {t.audit.clear}
        </Link>
      </div>
    </form>
  );
}
