import "server-only";
import { shiftTotals, type ShiftSummary, type ShiftTotals } from "@/lib/parking/shift-summary";
import type { Actor } from "../actor";
import { writeAuditSql } from "../audit";
import { hotSql } from "../db";
import { AppError, isUniqueViolation } from "../errors";
import type { SqlTx } from "../sql/sql-client";
import { toDate } from "../sql/sql-dates";
import { shiftOwner } from "./shift-owner";

type Num = number | bigint | string;
export type ShiftRow = {
  id: Num; owner: string; operatorName: string; openedAt: string | Date; closedAt: string | Date | null;
  exits: Num | null; expectedCash: Num | null; expectedCard: Num | null; passExits: Num | null;
  exemptExits: Num | null; waivedAmount: Num | null; countedCash: Num | null;
};

const n = (value: Num | null) => Number(value ?? 0);

type Reader = { all<Row>(sql: string, params?: Array<string | number | Date | null>): Promise<Row[]> };

/** Live sums of a shift's exits per payment method, on the shiftId index; a voided stay counts in none. */
export async function sumShiftExits(reader: Reader, shiftId: number): Promise<ShiftTotals> {
  const rows = await reader.all<{ method: string | null; exits: Num; amount: Num | null; waived: Num | null }>(
    `SELECT "paymentMethod" AS "method", COUNT(*) AS "exits", SUM("cost") AS "amount", SUM("waivedAmount") AS "waived"
     FROM "ParkingSession" WHERE "shiftId" = $1 AND "status" <> 'void' GROUP BY "paymentMethod"`,
    [shiftId],
  );
  return shiftTotals(rows.map((row) => ({ method: row.method, exits: n(row.exits), amount: n(row.amount), waived: n(row.waived) })));
}

/** A stored shift as a summary: a closed one from its stored figures, an open one with `live` totals. */
export function toShiftSummary(row: ShiftRow, live?: ShiftTotals): ShiftSummary {
  const closedAt = row.closedAt === null ? null : toDate(row.closedAt);
  const totals: ShiftTotals = live ?? {
    exits: n(row.exits), expectedCash: n(row.expectedCash), expectedCard: n(row.expectedCard),
    passExits: n(row.passExits), exemptExits: n(row.exemptExits), waivedAmount: n(row.waivedAmount),
  };
  const countedCash = closedAt && row.countedCash !== null ? n(row.countedCash) : null;
  return {
    id: n(row.id), operatorName: row.operatorName, openedAt: toDate(row.openedAt), closedAt, ...totals,
    countedCash, difference: countedCash === null ? null : countedCash - totals.expectedCash,
  };
}

const noOpenShift = () =>
  new AppError({ kind: "conflict", code: "no_open_shift", messages: { fa: "شیفت بازی ندارید.", en: "You have no open shift." } });

/** The actor's open shift with live totals, or null. */
export async function getCurrentShift(opts: { actor: Actor }): Promise<ShiftSummary | null> {
  const sql = await hotSql();
  const [row] = await sql.read<ShiftRow>(`SELECT * FROM "Shift" WHERE "openOwner" = $1`, [shiftOwner(opts.actor)]);
  if (!row) return null;
  return toShiftSummary(row, await sumShiftExits({ all: (text, params) => sql.read(text, params) }, n(row.id)));
}

/** Opens the actor's shift; a second open shift is refused by the unique index on openOwner. */
export async function openShift(opts: { actor: Actor }): Promise<ShiftSummary> {
  const owner = shiftOwner(opts.actor);
  const sql = await hotSql();
  try {
    return await sql.write(async (tx) => {
      const [row] = await tx.all<ShiftRow>(
        `INSERT INTO "Shift" ("owner", "operatorName", "openOwner", "openedAt") VALUES ($1, $2, $1, $3) RETURNING *`,
        [owner, opts.actor.name, new Date()],
      );
      const shift = toShiftSummary(row, shiftTotals([]));
      await writeAuditSql(tx, { actor: opts.actor, action: "shift.open", entity: "Shift", entityId: shift.id, after: shift });
      return shift;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new AppError({ kind: "conflict", code: "shift_open", messages: { fa: "شیفت شما از قبل باز است.", en: "Your shift is already open." } });
  }
}

async function lockShiftForClose(tx: SqlTx, owner: string, closedAt: Date): Promise<ShiftRow | null> {
  // Clearing openOwner first takes the row lock: on PostgreSQL it waits for exits holding the shift
  // (lib/server/shifts/shift-owner.ts), so the sums below see every exit counted in it.
  const [row] = await tx.all<ShiftRow>(
    `UPDATE "Shift" SET "openOwner" = NULL, "closedAt" = $2 WHERE "openOwner" = $1 RETURNING *`,
    [owner, closedAt],
  );
  return row ?? null;
}

/**
 * Closes the actor's open shift with the cash counted in the drawer: stores the expected amounts per
 * method and the count, after which the shift takes no more exits and is never changed.
 */
export async function closeShift(opts: { actor: Actor; countedCash: number }): Promise<ShiftSummary> {
  const sql = await hotSql();
  return sql.write(async (tx) => {
    const row = await lockShiftForClose(tx, shiftOwner(opts.actor), new Date());
    if (!row) throw noOpenShift();
    const totals = await sumShiftExits(tx, n(row.id));
    await tx.run(
      `UPDATE "Shift" SET "exits" = $2, "expectedCash" = $3, "expectedCard" = $4, "passExits" = $5, "exemptExits" = $6, "waivedAmount" = $7, "countedCash" = $8 WHERE "id" = $1`,
      [n(row.id), totals.exits, totals.expectedCash, totals.expectedCard, totals.passExits, totals.exemptExits, totals.waivedAmount, opts.countedCash],
    );
    const shift = toShiftSummary({ ...row, countedCash: opts.countedCash }, totals);
    await writeAuditSql(tx, { actor: opts.actor, action: "shift.close", entity: "Shift", entityId: shift.id, after: shift });
    return shift;
  });
}
