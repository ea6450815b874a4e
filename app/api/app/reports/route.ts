import { resolveReportRange } from "@/lib/parking/report-range";
import { getI18n } from "@/lib/i18n/server";
import { authenticateSession } from "@/lib/server/http/authenticate";
import { apiHandler, methodNotAllowed } from "@/lib/server/http/handler";
import { reportCsv } from "@/lib/server/parking/report-csv";
import { getDailyReport } from "@/lib/server/parking/reports";

/** The admin's report download (session cookie only): `?range=` as on the reports page. */
export const GET = apiHandler(async (req) => {
  const actor = await authenticateSession(req, "admin");
  const { t } = await getI18n();
  const range = resolveReportRange(req.nextUrl.searchParams.get("range"));
  const report = await getDailyReport({ days: range.days, actor });
  return new Response(reportCsv(report, t), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="pelak-report-${range.key}.csv"`,
      "cache-control": "no-store",
    },
  });
});

const notAllowed = methodNotAllowed("GET, HEAD, OPTIONS");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
