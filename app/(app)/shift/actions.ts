"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { countedCashSchema } from "@/lib/parking/counted-cash";
import type { ShiftSummary } from "@/lib/parking/shift-summary";
import { parseInput, runAction } from "@/lib/server/action";
import { requireUser } from "@/lib/server/auth/require";
import { closeShift, openShift } from "@/lib/server/shifts/shifts";

export async function openShiftAction(): Promise<ActionResult<ShiftSummary>> {
  return runAction(async () => openShift({ actor: await requireUser() }));
}

const closeSchema = z.object({ countedCash: countedCashSchema });

export async function closeShiftAction(input: { countedCash: string }): Promise<ActionResult<ShiftSummary>> {
  return runAction(async () => {
    const actor = await requireUser();
    const { countedCash } = parseInput(closeSchema, input);
    return closeShift({ actor, countedCash });
  });
}
