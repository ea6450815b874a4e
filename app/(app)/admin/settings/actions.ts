"use server";

import { settingsPatchSchema, type SettingsPatch } from "@/lib/parking/settings-schema";
import { parseInput, runAction, type ActionResult } from "@/lib/server/action";
import { requireRole } from "@/lib/server/auth/require";
import { resetParking } from "@/lib/server/parking/reset-parking";
import { updateSettings, type Settings } from "@/lib/server/parking/settings";

export async function updateSettingsAction(patch: SettingsPatch): Promise<ActionResult<Settings>> {
  return runAction(async () => {
    const actor = await requireRole("admin");
    return updateSettings({ patch: parseInput(settingsPatchSchema, patch), actor });
  });
}

export async function resetParkingAction(): Promise<ActionResult<{ archived: number }>> {
  return runAction(async () => {
    const actor = await requireRole("admin");
    return resetParking({ actor });
  });
}
