"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { parseInput, runAction } from "@/lib/server/action";
import { requireRole } from "@/lib/server/auth/require";
import { correctionBodySchema, correctionOf, voidBodySchema } from "@/lib/server/http/correction-schemas";
import { correctStay } from "@/lib/server/parking/correct-stay";
import { voidStay } from "@/lib/server/parking/void-stay";

const stayId = (id: unknown) => (typeof id === "number" && Number.isSafeInteger(id) && id > 0 ? id : 0);

/** The REST body's rules and names (entry_at, exit_at, cost, reason), so field errors match the form. */
export async function correctStayAction(id: number, body: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const actor = await requireRole("admin");
    const input = parseInput(correctionBodySchema, body);
    await correctStay({ id: stayId(id), change: correctionOf(input), reason: input.reason, actor });
    revalidatePath(`/history/stays/${stayId(id)}`);
    return null;
  });
}

export async function voidStayAction(id: number, body: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const actor = await requireRole("admin");
    const { reason } = parseInput(voidBodySchema, body);
    await voidStay({ id: stayId(id), reason, actor });
    revalidatePath(`/history/stays/${stayId(id)}`);
    return null;
  });
}
