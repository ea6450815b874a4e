import "server-only";
import type { GateDirection } from "@/lib/gate/cooldown";
import { hotSql } from "../db";
import { inactiveGate, unknownGate, wrongGateDirection } from "./gate-errors";

type Row = { name: string; direction: string; active: boolean | number | bigint };

/**
 * The gate an entry or exit names, checked before anything is written: it must exist, be active and
 * let cars through that way. No gate (manual entries, old REST clients) is fine: the stay records none.
 */
export async function checkGate(gateId: number | null | undefined, direction: GateDirection): Promise<number | null> {
  if (gateId == null) return null;
  const [gate] = await (await hotSql()).read<Row>(`SELECT "name", "direction", "active" FROM "Gate" WHERE "id" = $1`, [gateId]);
  if (!gate) throw unknownGate(gateId);
  // SQLite keeps booleans as 0/1.
  if (!Number(gate.active)) throw inactiveGate(gate.name);
  if (gate.direction !== "both" && gate.direction !== direction) throw wrongGateDirection(gate.name, direction);
  return gateId;
}
