import { z } from "zod";
import { jalaliMonthDays, type DayRange } from "@/lib/i18n/jalali";
import { normalizePlateInput, toAsciiDigits } from "@/lib/parking/plate-normalize";

/** What the audit log can be narrowed to; every field optional. */
export type AuditFilters = {
  /** An actor's name (or part of it), or a user/token id. */
  person?: string;
  action?: string;
  /** A normalised plate or part of one, as normalizePlateInput leaves it. */
  plate?: string;
  /** Rows at or after `from` and before `to`. */
  from?: Date;
  to?: Date;
};

export type AuditQuery = { filters: AuditFilters; beforeId?: number; invalid: Array<"from" | "to"> };

/** A lot-local Jalali day typed as 1405/9/9, ۱۴۰۵/۰۹/۰۹ or 1405-09-09. */
export function parseJalaliDay(text: string): DayRange | null {
  const match = /^(\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2})$/.exec(toAsciiDigits(text.trim()));
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  if (year < 1300 || year > 1500 || month < 1 || month > 12 || day < 1) return null;
  return jalaliMonthDays({ year, month })[day - 1] ?? null;
}

const text = (max: number) => z.string().trim().max(max).optional().catch(undefined);

const paramsSchema = z.object({
  person: text(64),
  // A code, known or not: the dashboard links here with ?action=gate.late_read.
  action: z.string().regex(/^[a-z_.]{1,64}$/).optional().catch(undefined),
  plate: text(32),
  from: text(20),
  to: text(20),
  before: z.coerce.number().int().positive().max(2 ** 31).optional().catch(undefined),
});

/**
 * The page's search parameters: a value that cannot be used is dropped, never an error page;
 * a date that cannot be read is reported so the form can say so.
 */
export function parseAuditQuery(params: Record<string, string | string[] | undefined>): AuditQuery {
  const single = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const p = paramsSchema.parse(single);
  const invalid: AuditQuery["invalid"] = [];
  const day = (key: "from" | "to") => {
    const value = p[key];
    if (!value) return null;
    const range = parseJalaliDay(value);
    if (!range) invalid.push(key);
    return range;
  };
  const [from, to] = [day("from"), day("to")];
  const plate = p.plate ? normalizePlateInput(p.plate).replace(/[%_\\]/g, "") : "";
  const person = p.person?.replace(/[%_\\]/g, "");
  const filters: AuditFilters = {
    ...(person && { person }),
    ...(p.action && { action: p.action }),
    ...(plate && { plate }),
    ...(from && { from: from.start }),
    ...(to && { to: to.end }),
  };
  return { filters, beforeId: p.before, invalid };
}
