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
import { hourlyPrice, type TariffPlan } from "@/lib/parking/tariff-plan";
import { currentPlan, insertTariffVersion, settingsVersion } from "../tariffs/tariff-plans";

const SELECT = {
  lotName: true, capacity: true, pricePerHour: true, graceMinutes: true,
  gateAutoFrames: true, gateAutoConfidence: true, gateCooldownSeconds: true, snapshotRetentionDays: true,
  lastResetAt: true, updatedAt: true,
};

/**
 * The price per hour and the grace period are the car plan's in force now (lib/server/tariffs):
 * old clients read them here, and what they say is what a car entering now is charged.
 */
async function readSettings(plan: TariffPlan, client: Pick<Tx, "setting"> = db): Promise<Settings> {
  const row = await client.setting.findUniqueOrThrow({ where: { id: 1 }, select: SELECT });
  return withPlan(row, plan);
}

const withPlan = (row: Settings, plan: TariffPlan): Settings => ({ ...row, pricePerHour: hourlyPrice(plan), graceMinutes: plan.freeMinutes });

export const getSettings = async () => readSettings(await currentPlan());

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
  // A new price or grace is a new version of the car plan, effective now: cars already inside
  // keep the price they came in with.
  const plan = await currentPlan();
  const version = settingsVersion(plan, parsed.data, new Date());
  const { before, after } = await db.$transaction(async (tx) => {
    const before = await readSettings(plan, tx);
    if (version) await insertTariffVersion(tx, version, opts.actor);
    const after = withPlan(await tx.setting.update({ where: { id: 1 }, data: parsed.data, select: SELECT }), version ?? plan);
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
