"use server";

import type { ActionResult } from "@/lib/action-result";
import type { CreateGateInput, GateView, UpdateGateInput } from "@/lib/gate/gate-schema";
import { runAction } from "@/lib/server/action";
import { requireRole } from "@/lib/server/auth/require";
import { createGate, updateGate } from "@/lib/server/gates/gates";

/** The use cases validate the input and write the audit row in the same transaction. */
export async function createGateAction(input: CreateGateInput): Promise<ActionResult<GateView>> {
  return runAction(async () => createGate({ input, actor: await requireRole("admin") }));
}

export async function updateGateAction(input: UpdateGateInput): Promise<ActionResult<GateView>> {
  return runAction(async () => updateGate({ input, actor: await requireRole("admin") }));
}
