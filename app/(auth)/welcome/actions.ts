"use server";

import type { ActionResult } from "@/lib/action-result";
import { parseInput, runAction } from "@/lib/server/action";
import { requireRole } from "@/lib/server/auth/require";
import { completeFirstRun } from "@/lib/server/users/first-run";
import { firstRunSchema, type FirstRunInput } from "@/lib/users/first-run-schema";

export async function completeFirstRunAction(input: FirstRunInput): Promise<ActionResult<{ done: boolean }>> {
  return runAction(async () => {
    const actor = await requireRole("admin");
    return completeFirstRun({ input: parseInput(firstRunSchema, input), actor });
  });
}
