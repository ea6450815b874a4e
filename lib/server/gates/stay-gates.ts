import "server-only";
import type { SqlTx } from "../sql/sql-client";

/**
 * The gate that read a stay's exit, in the exit's transaction. A statement of its own so that exits
 * without a gate (manual, old REST clients) pay nothing for it.
 */
export async function recordExitGate(tx: SqlTx, sessionId: number, gateId: number | null): Promise<void> {
  if (gateId === null) return;
  await tx.run(`UPDATE "ParkingSession" SET "exitGateId" = $1 WHERE "id" = $2`, [gateId, sessionId]);
}
