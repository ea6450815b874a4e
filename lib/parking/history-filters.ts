import { z } from "zod";
import { parseJalaliDay } from "@/lib/audit/audit-filters";
import { PAYMENT_METHODS, type PaymentMethod } from "./payment";
import { STAY_STATUSES, type StayStatus } from "./stay-status";

export const HISTORY_FILTER_KEYS = ["plate", "from", "to", "status", "operator", "gate", "payment_method"] as const;
export type HistoryFormValues = Record<(typeof HISTORY_FILTER_KEYS)[number], string>;

export type HistoryQuery = {
  /** The filters as typed, for the form and the "older" link. */
  values: HistoryFormValues;
  filters: { plate?: string; from?: Date; to?: Date; status?: StayStatus; operator?: string; gate?: number; paymentMethod?: PaymentMethod };
  cursor?: string;
  invalid: Array<"from" | "to">;
  /** The same filters as GET /api/sessions/export parameters (instants in ISO 8601). */
  exportParams: URLSearchParams;
};

const text = (max: number) => z.string().trim().max(max).optional().catch(undefined);
const paramsSchema = z.object({
  plate: text(32),
  from: text(20),
  to: text(20),
  status: z.enum(STAY_STATUSES).optional().catch(undefined),
  operator: text(64),
  gate: z.string().regex(/^[1-9]\d{0,8}$/).optional().catch(undefined),
  payment_method: z.enum(PAYMENT_METHODS).optional().catch(undefined),
  cursor: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional().catch(undefined),
});

/** Filters whose REST parameter is spelt differently from the option. */
const EXPORT_NAMES: Record<string, string> = { paymentMethod: "payment_method" };

/** The history page's search parameters: an unusable value is dropped, an unreadable date reported. */
export function parseHistoryQuery(params: Record<string, string | string[] | undefined>): HistoryQuery {
  const single = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const p = paramsSchema.parse(single);
  const invalid: HistoryQuery["invalid"] = [];
  const day = (key: "from" | "to") => {
    const range = p[key] ? parseJalaliDay(p[key]) : null;
    if (p[key] && !range) invalid.push(key);
    return range;
  };
  const [from, to] = [day("from"), day("to")];
  const filters: HistoryQuery["filters"] = {
    ...(p.plate && { plate: p.plate }),
    ...(from && { from: from.start }),
    ...(to && { to: to.end }),
    ...(p.status && { status: p.status }),
    ...(p.operator && { operator: p.operator }),
    ...(p.gate && { gate: Number(p.gate) }),
    ...(p.payment_method && { paymentMethod: p.payment_method }),
  };
  const values = Object.fromEntries(HISTORY_FILTER_KEYS.map((key) => [key, p[key] ?? ""])) as HistoryFormValues;
  const exportParams = new URLSearchParams(
    Object.entries(filters).map(([key, value]) => [EXPORT_NAMES[key] ?? key, value instanceof Date ? value.toISOString() : String(value)]),
  );
  return { values, filters, cursor: p.cursor, invalid, exportParams };
}
