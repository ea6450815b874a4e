import "server-only";
import { hotSql } from "../db";

export type PlateSummary = { stays: number; totalPaid: number; minutesInside: number };

/** Every stay of one plate, counted and summed on the plate index; a voided stay paid nothing. */
export async function summarizePlate(plate: string): Promise<PlateSummary> {
  const [row] = await (await hotSql()).read<{ stays: number | bigint; paid: number | bigint | null; minutes: number | bigint | null }>(
    `SELECT COUNT(*) AS "stays", SUM(CASE WHEN "status" = 'void' THEN NULL ELSE "cost" END) AS "paid", SUM("durationMinutes") AS "minutes" FROM "ParkingSession" WHERE "plate" = $1`,
    [plate],
  );
  return { stays: Number(row?.stays ?? 0), totalPaid: Number(row?.paid ?? 0), minutesInside: Number(row?.minutes ?? 0) };
}
