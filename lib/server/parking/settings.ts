import "server-only";
import type { GateSettings } from "@/lib/gate/gate-settings";
import { settingsPatchSchema, type Settings, type SettingsPatch } from "@/lib/parking/settings-schema";
import type { Actor } from "../actor";
import { writeAudit } from "../audit";
import { db, type Tx } from "../db";
import { requireAdmin } from "../auth/admin";
import { AppError } from "../errors";
import { runSnapshotSweep } from "../snapshots/snapshot-sweep";
import { zodFieldErrors } from "../zod-errors";

const SELECT = {
  lotName: true, capacity: true, pricePerHour: true, graceMinutes: true,
  gateAutoFrames: true, gateAutoConfidence: true, gateCooldownSeconds: true, snapshotRetentionDays: true,
  lastResetAt: true, updatedAt: true,
};

async function readSettings(client: Pick<Tx, "setting"> = db): Promise<Settings> {
  return client.setting.findUniqueOrThrow({ where: { id: 1 }, select: SELECT });
}

export const getSettings = () => readSettings();

/** The gate page's part of the settings, under the names the gate's decision code uses. */
export async function readGateSettings(): Promise<GateSettings> {
  const row = await db.setting.findUniqueOrThrow({
    where: { id: 1 },
    select: { gateAutoFrames: true, gateAutoConfidence: true, gateCooldownSeconds: true },
  });
  return { autoFrames: row.gateAutoFrames, autoConfidence: row.gateAutoConfidence, cooldownSeconds: row.gateCooldownSeconds };
}

export async function updateSettings(opts: { patch: SettingsPatch; actor: Actor }): Promise<Settings> {
  const parsed = settingsPatchSchema.safeParse(opts.patch);
  if (!parsed.success) {
    throw new AppError({
      kind: "validation",
      messages: { fa: "مقادیر تنظیمات معتبر نیست.", en: "The settings are not valid." },
      fieldErrors: zodFieldErrors(parsed.error),
    });
  }
  requireAdmin(opts.actor);
  const { before, after } = await db.$transaction(async (tx) => {
    const before = await readSettings(tx);
    const after = await tx.setting.update({ where: { id: 1 }, data: parsed.data, select: SELECT });
    await writeAudit(tx, { actor: opts.actor, action: "settings.update", entity: "Setting", entityId: 1, before, after });
    return { before, after };
  });
  // The admin expects photos past the new limit to be gone now, not at the next hourly sweep.
  if (retentionShortened(before.snapshotRetentionDays, after.snapshotRetentionDays)) await runSnapshotSweep();
  return after;
}

/** 0 keeps photos for good, so any limit after it is shorter. */
function retentionShortened(before: number, after: number): boolean {
  return after > 0 && (before === 0 || after < before);
}

// lib/server/tokens/tokens.ts still imports the admin check from here.
