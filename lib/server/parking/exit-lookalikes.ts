import "server-only";
import type { LookalikeStay } from "@/lib/parking/parking-results";
import { lookalikeRank, lookalikeVariants, pickLookalikes } from "@/lib/parking/plate-lookalikes";
import type { Actor } from "../actor";
import { writeAuditSql } from "../audit";
import { hotSql } from "../db";
import type { SqlTx } from "../sql/sql-client";
import { toDate } from "../sql/sql-dates";
import { notLookalike, requirePlate } from "./parking-errors";

export const LOOKALIKE_MATCH_ACTION = "exit.lookalike_match";

type Row = { id: number | bigint; openPlate: string; entryAt: string | Date; entrySnapshot: string | null };

/**
 * The cars inside that an exit's plate, not inside itself, may be a misreading of. Looks up the
 * dozen or so plates one confused character away by the unique open plate, rather than reading
 * every car inside: the cost does not grow with the lot.
 */
export async function findLookalikesInside(plate: string): Promise<LookalikeStay[]> {
  const variants = lookalikeVariants(plate);
  if (variants.length === 0) return [];
  const placeholders = variants.map((_, i) => `$${i + 1}`).join(", ");
  const rows = await (await hotSql()).read<Row>(
    `SELECT "id", "openPlate", "entryAt", "entrySnapshot" FROM "ParkingSession" WHERE "openPlate" IN (${placeholders})`,
    variants,
  );
  const inside = rows.map((row) => ({ sessionId: Number(row.id), plate: row.openPlate, entryAt: toDate(row.entryAt), entrySnapshot: row.entrySnapshot }));
  return pickLookalikes(plate, inside);
}

/** The read plate of a one-tap match, canonical; refused unless `plate` is one of its look-alikes. */
export function checkLookalikeMatch(readPlate: string, plate: string): string {
  const read = requirePlate(readPlate, "read_plate");
  if (lookalikeRank(read, plate) === null) throw notLookalike(read, plate);
  return read;
}

/**
 * The operator matched a read that is not inside to a look-alike car inside: the corrected read is
 * kept beside the exit's own row, with the gate (its name as it was then), so misreads can be counted.
 */
export async function auditLookalikeMatch(
  tx: SqlTx,
  match: { sessionId: number; readPlate: string; plate: string; gateId: number | null; actor: Actor },
): Promise<void> {
  const [gate] = match.gateId === null ? [] : await tx.all<{ name: string }>(`SELECT "name" FROM "Gate" WHERE "id" = $1`, [match.gateId]);
  await writeAuditSql(tx, {
    actor: match.actor,
    action: LOOKALIKE_MATCH_ACTION,
    entity: "ParkingSession",
    entityId: match.sessionId,
    after: { readPlate: match.readPlate, plate: match.plate, gateId: match.gateId, gateName: gate?.name ?? null },
  });
}
