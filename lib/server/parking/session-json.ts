import type { PaymentMethod } from "@/lib/parking/payment";
import type { Stay } from "./list-stays";

/** duration in whole minutes and cost in Tomans, null while the car is inside (as POST /api/exit). */
export type SessionJson = {
  id: number; plate: string; entry_at: string; exit_at: string | null; duration: number | null; cost: number | null;
  status: string; entry_operator: string | null; exit_operator: string | null;
  /** Names of the gates that read the entry and the exit; null for manual and REST entries without a gate. */
  entry_gate: string | null; exit_gate: string | null;
  /** How the exit was paid; null while inside, archived, or nothing to pay. exempt_reason and waived_amount only for exempt stays. */
  payment_method: PaymentMethod | null; exempt_reason: string | null; waived_amount: number | null;
};

export function toSessionJson(stay: Stay): SessionJson {
  return {
    id: stay.id,
    plate: stay.plate,
    entry_at: stay.entryAt.toISOString(),
    exit_at: stay.exitAt?.toISOString() ?? null,
    duration: stay.durationMinutes,
    cost: stay.cost,
    status: stay.status,
    entry_operator: stay.entryActor,
    exit_operator: stay.exitActor,
    entry_gate: stay.entryGate,
    exit_gate: stay.exitGate,
    payment_method: stay.paymentMethod,
    exempt_reason: stay.exemptReason,
    waived_amount: stay.waivedAmount,
  };
}
