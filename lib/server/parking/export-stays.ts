import "server-only";
import ExcelJS from "exceljs";
import { CSV_BOM, csvLine, STAY_EXPORT_HEADERS, stayExportRow, type ExportCell } from "@/lib/parking/stay-export";
import { queryStays, type ListStaysOptions } from "./list-stays";

/** More than a lot books in years; past it the export says it was cut short instead of using up memory. */
export const EXPORT_ROW_CAP = 100_000;
const BATCH = 1_000;

export type StayExport = { rows: ExportCell[][]; truncated: boolean };

/** The filtered stays, newest first, as export rows: keyset pages of 1,000 up to the cap. */
export async function collectStayRows(filters: Omit<ListStaysOptions, "cursor" | "limit">): Promise<StayExport> {
  const rows: ExportCell[][] = [];
  let cursor: string | undefined;
  do {
    const page = await queryStays({ ...filters, cursor }, Math.min(BATCH, EXPORT_ROW_CAP - rows.length));
    rows.push(...page.items.map(stayExportRow));
    cursor = page.nextCursor ?? undefined;
  } while (cursor && rows.length < EXPORT_ROW_CAP);
  return { rows, truncated: cursor !== undefined };
}

export function staysCsv(rows: ExportCell[][]): string {
  return CSV_BOM + csvLine(STAY_EXPORT_HEADERS) + rows.map(csvLine).join("");
}

export async function staysXlsx(rows: ExportCell[][]): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("ورود و خروج", { views: [{ rightToLeft: true, state: "frozen", ySplit: 1 }] });
  sheet.addRow(STAY_EXPORT_HEADERS).font = { bold: true };
  sheet.addRows(rows);
  sheet.columns.forEach((column, i) => {
    column.width = [8, 14, 18, 26, 18, 26, 12, 14, 14, 16, 16, 16, 16][i];
  });
  return new Uint8Array(await book.xlsx.writeBuffer());
}
