import type { Metadata } from "next";
import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { getI18n } from "@/lib/i18n/server";
import { interpolate } from "@/lib/i18n/messages";
import { parseShiftQuery } from "@/lib/parking/shift-filters";
import { requirePageRole } from "@/lib/server/auth/require";
import { listShiftOperators, listShifts, MAX_LISTED_SHIFTS } from "@/lib/server/shifts/list-shifts";
import { ShiftsTable } from "./shifts-table";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.shifts.title };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminShiftsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageRole("admin");
  const { locale, t } = await getI18n();
  const query = parseShiftQuery(await searchParams);
  const [shifts, operators] = await Promise.all([listShifts({ actor, filters: query.filters }), listShiftOperators({ actor })]);
  const exportParams = new URLSearchParams(Object.entries(query.values).filter(([, value]) => value && !(query.badDay && value === query.values.day)));

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t.shifts.title}</h1>
      <form method="get" action="/admin/shifts" className="grid grid-cols-2 items-start gap-3 rounded-xl bg-white p-3 shadow-sm ring-1 ring-slate-200 md:grid-cols-4">
        <SelectField
          label={t.shifts.operator}
          name="operator"
          defaultValue={query.values.operator}
          options={[{ value: "", label: t.shifts.allOperators }, ...operators.map((name) => ({ value: name, label: name }))]}
        />
        <TextField
          label={t.shifts.day}
          name="day"
          defaultValue={query.values.day}
          placeholder={t.shifts.dayHelp}
          dir="ltr"
          inputMode="numeric"
          error={query.badDay ? interpolate(t.shifts.badDay, { value: query.values.day }) : undefined}
        />
        <div className="col-span-2 flex flex-wrap items-end gap-2 md:mt-6">
          <Button type="submit">{t.shifts.filter}</Button>
          <Link href="/admin/shifts" className={buttonClass("secondary")}>{t.history.clear}</Link>
          <a href={`/api/shifts/export?${exportParams}`} download className={buttonClass("secondary")} data-testid="shifts-csv">{t.history.exportCsv}</a>
        </div>
      </form>
      <ShiftsTable shifts={shifts} locale={locale} t={t} />
      {shifts.length === MAX_LISTED_SHIFTS && <p className="text-xs text-slate-500">{t.shifts.limitNote}</p>}
    </div>
  );
}
