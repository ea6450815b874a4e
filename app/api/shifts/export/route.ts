import { z } from "zod";
import { parseJalaliDay } from "@/lib/audit/audit-filters";
import { jalaliDate } from "@/lib/i18n/jalali";
import { shiftsCsv } from "@/lib/parking/shift-export";
import { authenticateRequest } from "@/lib/server/http/authenticate";
import { apiHandler, methodNotAllowed } from "@/lib/server/http/handler";
import { readQuery } from "@/lib/server/http/query";
import { listShifts } from "@/lib/server/shifts/list-shifts";

const querySchema = z.strictObject({
  operator: z.string().trim().min(1).max(64).optional(),
  /** A Jalali day, e.g. 1405/09/09 (Persian digits too). */
  day: z
    .string()
    .refine((day) => parseJalaliDay(day) !== null, { message: "The day must be a Jalali date like 1405/09/09.", params: { fa: "روز باید تاریخ شمسی مانند ۱۴۰۵/۰۹/۰۹ باشد." } })
    .optional(),
});

/** The admin's shifts as CSV (filters: operator, Jalali day), newest first. */
export const GET = apiHandler(async (req) => {
  const actor = await authenticateRequest(req, "admin");
  const { operator, day } = readQuery(req, querySchema);
  const range = day ? parseJalaliDay(day) : null;
  const shifts = await listShifts({ actor, filters: { operator, ...(range && { from: range.start, to: range.end }) } });
  const { year, month, day: d } = jalaliDate(new Date());
  const name = `pelak-shifts-${year}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}.csv`;
  return new Response(shiftsCsv(shifts), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}"`, "cache-control": "no-store" },
  });
});

const notAllowed = methodNotAllowed("GET, HEAD, OPTIONS");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
