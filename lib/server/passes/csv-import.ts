import "server-only";
import { parsePassCsv, parseWatchCsv, type CsvRejection } from "@/lib/parking/pass-csv";
import type { Actor } from "../actor";
import { requireAdmin } from "../auth/admin";
import { db } from "../db";
import { insertPass } from "./passes";
import { insertWatchEntry } from "./watchlist";

/**
 * All or nothing: a file with any row that cannot be taken imports nothing and reports every such
 * row (line, column, reason), so the admin fixes the file and imports it again without creating
 * half a list twice. A good file is written in one transaction, one audit row per pass or entry.
 */
export type CsvImportResult = { imported: number; rejections: CsvRejection[] };

const EMPTY = { fa: "فایل هیچ ردیفی ندارد.", en: "The file has no rows." };

export async function importPassesCsv(opts: { text: string; actor: Actor }): Promise<CsvImportResult> {
  requireAdmin(opts.actor);
  const { rows, rejections } = parsePassCsv(opts.text);
  if (rejections.length > 0) return { imported: 0, rejections };
  if (rows.length === 0) return { imported: 0, rejections: [{ line: 1, field: null, message: EMPTY }] };
  await db.$transaction(async (tx) => {
    for (const row of rows) await insertPass(tx, row, opts.actor);
  });
  return { imported: rows.length, rejections: [] };
}

export async function importWatchCsv(opts: { text: string; actor: Actor }): Promise<CsvImportResult> {
  requireAdmin(opts.actor);
  const { rows, lines, rejections } = parseWatchCsv(opts.text);
  // A plate is watched once: a plate already on the list, or twice in the file, is a bad row.
  const watched = new Set((await db.watchEntry.findMany({ select: { plate: true } })).map((e) => e.plate));
  rows.forEach((row, index) => {
    if (!watched.has(row.plate)) return watched.add(row.plate);
    const message = { fa: `پلاک ${row.plate} از پیش در فهرست است.`, en: `Plate ${row.plate} is already on the list.` };
    rejections.push({ line: lines[index], field: "plate", message });
  });
  if (rejections.length > 0) return { imported: 0, rejections: rejections.sort((a, b) => a.line - b.line) };
  if (rows.length === 0) return { imported: 0, rejections: [{ line: 1, field: null, message: EMPTY }] };
  await db.$transaction(async (tx) => {
    for (const row of rows) await insertWatchEntry(tx, row, opts.actor);
  });
  return { imported: rows.length, rejections: [] };
}
