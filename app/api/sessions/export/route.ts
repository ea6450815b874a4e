import { z } from "zod";
import { jalaliDate } from "@/lib/i18n/jalali";
import { stayFiltersSchema } from "@/lib/parking/stays-query";
import { authenticateRequest } from "@/lib/server/http/authenticate";
import { apiHandler, methodNotAllowed } from "@/lib/server/http/handler";
import { readQuery } from "@/lib/server/http/query";
import { collectStayRows, EXPORT_ROW_CAP, staysCsv, staysXlsx } from "@/lib/server/parking/export-stays";

const querySchema = stayFiltersSchema.extend({ format: z.enum(["csv", "xlsx"]) });

const CONTENT_TYPE = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** The filtered stays as a file, newest first, at most EXPORT_ROW_CAP rows (X-Export-Truncated says so). */
export const GET = apiHandler(async (req) => {
  await authenticateRequest(req);
  const { format, payment_method: paymentMethod, ...filters } = readQuery(req, querySchema);
  const { rows, truncated } = await collectStayRows({ ...filters, paymentMethod });
  const body = format === "csv" ? staysCsv(rows) : await staysXlsx(rows);
  const { year, month, day } = jalaliDate(new Date());
  const name = `pelak-stays-${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}.${format}`;
  return new Response(body, {
    headers: {
      "Content-Type": CONTENT_TYPE[format],
      "Content-Disposition": `attachment; filename="${name}"`,
      "X-Export-Rows": String(rows.length),
      "X-Export-Row-Cap": String(EXPORT_ROW_CAP),
      "X-Export-Truncated": String(truncated),
    },
  });
});

const notAllowed = methodNotAllowed("GET, HEAD, OPTIONS");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
