"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import type { TariffPlanInput } from "@/lib/parking/tariff-plan-schema";
import { runAction } from "@/lib/server/action";
import { requireRole } from "@/lib/server/auth/require";
import { addTariffVersion, type NewVersion } from "@/lib/server/tariffs/tariff-plans";

/** The use case checks every field (tariffPlanInputSchema) and that the version is not in the past. */
export async function addTariffVersionAction(input: TariffPlanInput): Promise<ActionResult<NewVersion>> {
  return runAction(async () => {
    const actor = await requireRole("admin");
    const version = await addTariffVersion({ input, actor });
    revalidatePath("/admin/tariffs");
    return version;
  });
}
