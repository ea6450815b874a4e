import "server-only";
import type { GateSettings } from "@/lib/gate/gate-settings";
import { db } from "../db";

export async function readGateSettings(): Promise<GateSettings> {
  const row = await db.setting.findUniqueOrThrow({
    where: { id: 1 },
    select: { gateAutoFrames: true, gateAutoConfidence: true, gateCooldownSeconds: true },
  });
  return { autoFrames: row.gateAutoFrames, autoConfidence: row.gateAutoConfidence, cooldownSeconds: row.gateCooldownSeconds };
}
