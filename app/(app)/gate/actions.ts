"use server";

import { gateReadSchema, type GateReadInput, type GateReadResult } from "@/lib/gate/gate-read-schema";
import type { ActionResult } from "@/lib/action-result";
import { parseInput, runAction } from "@/lib/server/action";
import { requireUser } from "@/lib/server/auth/require";
import { recordGateRead } from "@/lib/server/parking/record-gate-read";

/**
 * One plate read from the gate tablet, sent at once or later from its offline queue. The tablet's
 * request id makes a resend the same request: the first result comes back with replayed: true.
 * The largest body the schema accepts (a snapshot of at most 2 × 200,000 base64 characters) stays
 * under Next's default 1 MB limit for server action bodies, so next.config.ts need not raise it.
 */
export async function submitGateReadAction(input: GateReadInput): Promise<ActionResult<GateReadResult>> {
  return runAction(async () => {
    const actor = await requireUser();
    return recordGateRead({ read: parseInput(gateReadSchema, input), actor });
  });
}
