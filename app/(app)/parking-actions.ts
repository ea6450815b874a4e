"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { parseInput, runAction } from "@/lib/server/action";
import { requireUser } from "@/lib/server/auth/require";
import type { EntryResult, ExitResult } from "@/lib/parking/parking-results";
import { registerEntry } from "@/lib/server/parking/register-entry";
import { registerExit } from "@/lib/server/parking/register-exit";
import { checkExemptReason, paymentFields } from "@/lib/parking/payment";
import { vehicleClassSchema } from "@/lib/parking/tariff-plan-schema";

/** requestId makes a double-clicked or retried submit register the car only once. */
const gateSchema = z.object({ plate: z.string().max(40), requestId: z.uuid() });

export type GateInput = z.infer<typeof gateSchema>;

/** The entry dialog also says the vehicle class (car when left out), which picks the tariff plan. */
const entrySchema = gateSchema.extend({ vehicle_class: vehicleClassSchema.optional() });

/** read_plate: the plate typed, when the operator picked a look-alike car inside instead. */
const exitSchema = gateSchema
  .extend({ ...paymentFields, read_plate: z.string().max(40).optional() })
  .superRefine(checkExemptReason);

/** The exit dialog also says how the driver paid (cash when left out). */
export type ExitInput = z.input<typeof exitSchema>;

export async function registerEntryAction(input: z.input<typeof entrySchema>): Promise<ActionResult<EntryResult>> {
  return runAction(async () => {
    const actor = await requireUser();
    const { plate, requestId, vehicle_class } = parseInput(entrySchema, input);
    return registerEntry({ plate, requestId, actor, vehicleClass: vehicle_class });
  });
}

export async function registerExitAction(input: ExitInput): Promise<ActionResult<ExitResult>> {
  return runAction(async () => {
    const actor = await requireUser();
    const { plate, requestId, payment_method, exempt_reason, read_plate } = parseInput(exitSchema, input);
    return registerExit({ plate, requestId, actor, payment: { method: payment_method, exemptReason: exempt_reason }, readPlate: read_plate });
  });
}
