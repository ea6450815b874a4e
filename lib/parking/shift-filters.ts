import { z } from "zod";
import { parseJalaliDay } from "@/lib/audit/audit-filters";

export type ShiftFilterValues = { operator: string; day: string };

export type ShiftQuery = {
  values: ShiftFilterValues;
  filters: { operator?: string; from?: Date; to?: Date };
  /** The day as typed could not be read as a Jalali date. */
  badDay: boolean;
};

const text = (max: number) => z.string().trim().max(max).optional().catch(undefined);
const paramsSchema = z.object({ operator: text(64), day: text(20) });

/** /admin/shifts and its CSV: an operator's name as stored, and a Jalali day (1405/09/09, any digits). */
export function parseShiftQuery(params: Record<string, string | string[] | undefined>): ShiftQuery {
  const single = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const { operator, day } = paramsSchema.parse(single);
  const range = day ? parseJalaliDay(day) : null;
  return {
    values: { operator: operator ?? "", day: day ?? "" },
    filters: { ...(operator && { operator }), ...(range && { from: range.start, to: range.end }) },
    badDay: Boolean(day && !range),
  };
}
