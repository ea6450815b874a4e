"use server";

import { settingsPatchSchema, type SettingsPatch } from "@/lib/parking/settings-schema";
import type { ActionResult } from "@/lib/action-result";
import { parseInput, runAction } from "@/lib/server/action";
import { requireRole } from "@/lib/server/auth/require";
import { resetParking } from "@/lib/server/parking/reset-parking";
import type { Settings } from "@/lib/parking/settings-schema";
import { updateSettings } from "@/lib/server/parking/settings";

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
