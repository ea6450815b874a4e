import "server-only";
import type { ShiftSummary } from "@/lib/parking/shift-summary";
import type { Actor } from "../actor";
import { requireAdmin } from "../auth/admin";
import { hotSql } from "../db";
import type { SqlValue } from "../sql/sql-client";
import { sumShiftExits, toShiftSummary, type ShiftRow } from "./shifts";

export type ShiftFilters = {
  /** The operator's name as stored at the shift's opening, exactly. */
  operator?: string;
  /** Shifts opened at or after `from` and before `to` (a Jalali day's bounds). */
  from?: Date;
  to?: Date;
};

/** Newest first; a day's or an operator's shifts are a handful, so one bounded page is enough. */
export const MAX_LISTED_SHIFTS = 500;

/** Shifts for the admin (page, CSV, REST): closed ones with their stored figures, open ones live. */
export async function listShifts(opts: { actor: Actor; filters?: ShiftFilters }): Promise<ShiftSummary[]> {
  requireAdmin(opts.actor);
  const params: SqlValue[] = [];
  const param = (value: SqlValue) => {
    params.push(value);
    return `$${params.length}`;
  };
  const { operator, from, to } = opts.filters ?? {};
  const where = [
    operator && `"operatorName" = ${param(operator)}`,
    from && `"openedAt" >= ${param(from)}`,
    to && `"openedAt" < ${param(to)}`,
  ].filter(Boolean);
  const sql = await hotSql();
  const rows = await sql.read<ShiftRow>(
    `SELECT * FROM "Shift" ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY "openedAt" DESC, "id" DESC LIMIT ${MAX_LISTED_SHIFTS}`,
    params,
  );
  const reader = { all: <Row>(text: string, values?: SqlValue[]) => sql.read<Row>(text, values) };
  return Promise.all(rows.map(async (row) => (row.closedAt === null ? toShiftSummary(row, await sumShiftExits(reader, Number(row.id))) : toShiftSummary(row))));
}

/** The operators who ever opened a shift, for the filter's choices. */
export async function listShiftOperators(opts: { actor: Actor }): Promise<string[]> {
  requireAdmin(opts.actor);
  const rows = await (await hotSql()).read<{ name: string }>(`SELECT DISTINCT "operatorName" AS "name" FROM "Shift" ORDER BY "operatorName"`);
  return rows.map((row) => row.name);
}
