"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { parseInput, runAction } from "@/lib/server/action";
import { clearBlock } from "@/lib/server/auth/blocks";
import { requireRole } from "@/lib/server/auth/require";

const clearSchema = z.object({ limiter: z.string().max(32), key: z.string().max(256) });

export async function clearBlockAction(input: z.infer<typeof clearSchema>): Promise<ActionResult<null>> {
  return runAction(async () => {
    const actor = await requireRole("admin");
    await clearBlock({ ...parseInput(clearSchema, input), actor });
    return null;
  });
}
