import type { BilingualMessage } from "@/lib/action-result";
import { importedCell, parseCsv, toCsv } from "./csv";
import { jalaliOfDay, type DayKey } from "./pass-rules";
import { passInputSchema, watchInputSchema, type PassData, type WatchData, type WatchKind } from "./pass-schema";

/**
 * CSV import and export of passes and watch-list entries. The export's columns are the import's,
 * so a file exported, edited in a spreadsheet and imported again means the same passes. Several
 * plates share one cell, separated by ";" (or "|", "،").
 */
export const PASS_CSV_HEADER = ["holder", "phone", "plates", "valid_from", "valid_to", "kind", "fee"] as const;
export const WATCH_CSV_HEADER = ["plate", "kind", "reason"] as const;

/** The most rows one import takes: a lot has hundreds of passes, not hundreds of thousands. */
export const MAX_IMPORT_ROWS = 2000;

/** A row the import could not take: its line in the file (the header is line 1) and why. */
export type CsvRejection = { line: number; field: string | null; message: BilingualMessage };
/** `lines[i]` is the file line of `rows[i]`. */
export type CsvParse<T> = { rows: T[]; lines: number[]; rejections: CsvRejection[] };

function readRows<T>(
  text: string,
  header: readonly string[],
  toRow: (cells: Record<string, string>) => { success: true; data: T } | { success: false; field: string | null; message: BilingualMessage },
): CsvParse<T> {
  const [head, ...body] = parseCsv(text);
  const columns = (head ?? []).map((cell) => importedCell(cell).toLowerCase());
  const missing = header.filter((name) => !columns.includes(name));
  if (missing.length > 0) {
    const list = missing.join(", ");
    return { rows: [], lines: [], rejections: [{ line: 1, field: null, message: { fa: `ستون‌های ${list} در سطر اول نیستند.`, en: `The first row lacks the columns ${list}.` } }] };
  }
  if (body.length > MAX_IMPORT_ROWS) {
    const message = { fa: `حداکثر ${MAX_IMPORT_ROWS} ردیف در هر بار.`, en: `At most ${MAX_IMPORT_ROWS} rows at a time.` };
    return { rows: [], lines: [], rejections: [{ line: 1, field: null, message }] };
  }
  const result: CsvParse<T> = { rows: [], lines: [], rejections: [] };
  body.forEach((cells, index) => {
    const record = Object.fromEntries(columns.map((name, i) => [name, importedCell(cells[i])]));
    const row = toRow(record);
    if (!row.success) {
      result.rejections.push({ line: index + 2, field: row.field, message: row.message });
      return;
    }
    result.rows.push(row.data);
    result.lines.push(index + 2);
  });
  return result;
}

function firstIssue(issues: Array<{ path: PropertyKey[]; message: string; params?: unknown } & object>) {
  const issue = issues[0];
  const params = "params" in issue ? (issue.params as { fa?: unknown } | undefined) : undefined;
  const fa = typeof params?.fa === "string" ? params.fa : "مقدار این ستون معتبر نیست.";
  return { success: false as const, field: issue.path.length > 0 ? String(issue.path[0]) : null, message: { fa, en: issue.message } };
}

export function parsePassCsv(text: string): CsvParse<PassData> {
  return readRows(text, PASS_CSV_HEADER, (cells) => {
    const fee = cells.fee === "" ? (cells.kind === "free" ? 0 : NaN) : Number(cells.fee.replace(/[,٬\s]/g, ""));
    const parsed = passInputSchema.safeParse({
      holder: cells.holder, phone: cells.phone, kind: cells.kind, fee: Number.isNaN(fee) ? cells.fee : fee,
      plates: cells.plates.split(/[;|،]/).map((p) => p.trim()).filter(Boolean),
      valid_from: cells.valid_from, valid_to: cells.valid_to,
    });
    return parsed.success ? { success: true, data: parsed.data } : firstIssue(parsed.error.issues);
  });
}

export function parseWatchCsv(text: string): CsvParse<WatchData> {
  return readRows(text, WATCH_CSV_HEADER, (cells) => {
    const parsed = watchInputSchema.safeParse({ plate: cells.plate, kind: cells.kind, reason: cells.reason });
    return parsed.success ? { success: true, data: parsed.data } : firstIssue(parsed.error.issues);
  });
}

export type PassExportRow = { holder: string; phone: string; plates: string[]; validFrom: DayKey; validTo: DayKey; kind: string; fee: number };
export type WatchExportRow = { plate: string; kind: WatchKind | string; reason: string };

export function passesCsv(passes: PassExportRow[]): string {
  return toCsv(PASS_CSV_HEADER, passes.map((p) => [p.holder, p.phone, p.plates.join(";"), jalaliOfDay(p.validFrom), jalaliOfDay(p.validTo), p.kind, p.fee]));
}

export function watchListCsv(entries: WatchExportRow[]): string {
  return toCsv(WATCH_CSV_HEADER, entries.map((e) => [e.plate, e.kind, e.reason]));
}
