import "server-only";
import { passAtExit, type PassAtExit, type PassCandidate } from "@/lib/parking/pass-rules";
import type { WatchKind } from "@/lib/parking/pass-schema";
import { AppError } from "../errors";
import { platePhrase } from "../parking/parking-errors";
import type { SqlClient, SqlTx } from "../sql/sql-client";

/** The checks the entry and the exit make on their plate, on the hot-path driver (lib/server/sql). */

export type WatchHit = { kind: WatchKind; reason: string };

export async function readWatchEntry(sql: Pick<SqlClient, "read">, plate: string): Promise<WatchHit | null> {
  const [row] = await sql.read<{ kind: string; reason: string }>(`SELECT "kind", "reason" FROM "WatchEntry" WHERE "plate" = $1`, [plate]);
  return row ? { kind: row.kind === "deny" ? "deny" : "alert", reason: row.reason } : null;
}

/** 403 plate_denied: the plate is on the watch list as "deny"; the reason is shown to the operator. */
export function plateDenied(plate: string, reason: string): AppError {
  return new AppError({
    kind: "forbidden",
    code: "plate_denied",
    messages: { fa: `ورود خودروی ${platePhrase(plate, "fa")} ممنوع است: ${reason}`, en: `Car ${platePhrase(plate, "en")} may not enter: ${reason}` },
  });
}

/** The plate's passes as they stand for an exit at `at` (valid, expired, or none). */
export async function readPassAtExit(tx: Pick<SqlTx, "all">, plate: string, at: Date): Promise<PassAtExit | null> {
  const rows = await tx.all<PassCandidate>(
    `SELECT p."id", p."holder", p."validFrom", p."validTo" FROM "PassPlate" pp JOIN "Pass" p ON p."id" = pp."passId" WHERE pp."plate" = $1`,
    [plate],
  );
  return passAtExit(rows.map((row) => ({ ...row, id: Number(row.id) })), at);
}

/** Marks the items whose plate is on the watch list as "alert" (the list holds tens of plates). */
export async function withWatchAlerts<T extends { plate: string }>(sql: Pick<SqlClient, "read">, items: T[]): Promise<Array<T & { alert?: string }>> {
  const rows = await sql.read<{ plate: string; reason: string }>(`SELECT "plate", "reason" FROM "WatchEntry" WHERE "kind" = 'alert'`);
  if (rows.length === 0) return items;
  const reasons = new Map(rows.map((row) => [row.plate, row.reason]));
  return items.map((item) => (reasons.has(item.plate) ? { ...item, alert: reasons.get(item.plate) } : item));
}

/** readPassAtExit outside a transaction (a quote): committed passes only. */
export function readPassAt(sql: Pick<SqlClient, "read">, plate: string, at: Date): Promise<PassAtExit | null> {
  return readPassAtExit({ all: (text, params) => sql.read(text, params) }, plate, at);
}
