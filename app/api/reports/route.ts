import { z } from "zod";
import { daysBetween } from "@/lib/parking/report-range";
import { AppError } from "@/lib/server/errors";
import { authenticateRequest } from "@/lib/server/http/authenticate";
import { apiHandler, preflight, methodNotAllowed } from "@/lib/server/http/handler";
import { readQuery } from "@/lib/server/http/query";
import { reportJson, type ReportJson } from "@/lib/server/parking/report-json";
import { getDailyReport, getOccupancyByHour, getRevenueByOperator, getRevenueByPaymentMethod, MAX_REPORT_DAYS } from "@/lib/server/parking/reports";

const querySchema = z.strictObject({
  from: z.iso.date(),
  to: z.iso.date(),
  group: z.enum(["day", "month"]).default("day"),
});

export type ReportsResponse = ReportJson;

/** The reports page's figures as JSON (admins: a session or an admin token). */
export const GET = apiHandler(async (req) => {
  const actor = await authenticateRequest(req, "admin");
  const query = readQuery(req, querySchema);
  const days = daysBetween(query.from, query.to, MAX_REPORT_DAYS);
  if (!days) {
    throw new AppError({
      kind: "bad_request",
      code: "invalid_range",
      messages: {
        fa: `بازهٔ گزارش معتبر نیست: «to» نباید پیش از «from» باشد و بازه حداکثر ${MAX_REPORT_DAYS.toLocaleString("fa-IR")} روز است.`,
        en: `The report range is not valid: "to" must not be before "from", and at most ${MAX_REPORT_DAYS} days.`,
      },
    });
  }
  const [report, hours, operators, methods] = await Promise.all([
    getDailyReport({ days, actor }),
    getOccupancyByHour({ days, actor }),
    getRevenueByOperator({ days, actor }),
    getRevenueByPaymentMethod({ days, actor }),
  ]);
  const body: ReportsResponse = reportJson(report, query.group, hours, operators, methods);
  return Response.json(body, { headers: { "cache-control": "no-store" } });
});

export const OPTIONS = preflight("GET");

const notAllowed = methodNotAllowed("GET, HEAD, OPTIONS");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
