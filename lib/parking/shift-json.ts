import type { ShiftSummary } from "./shift-summary";

/** A shift in the REST API: amounts in Tomans, times in ISO 8601; counted_cash and difference null while open. */
export type ShiftJson = {
  id: number; operator: string; opened_at: string; closed_at: string | null; exits: number;
  expected_cash: number; expected_card: number; pass_exits: number; exempt_exits: number; waived_amount: number;
  counted_cash: number | null; difference: number | null;
};

export function toShiftJson(shift: ShiftSummary): ShiftJson {
  return {
    id: shift.id,
    operator: shift.operatorName,
    opened_at: shift.openedAt.toISOString(),
    closed_at: shift.closedAt?.toISOString() ?? null,
    exits: shift.exits,
    expected_cash: shift.expectedCash,
    expected_card: shift.expectedCard,
    pass_exits: shift.passExits,
    exempt_exits: shift.exemptExits,
    waived_amount: shift.waivedAmount,
    counted_cash: shift.countedCash,
    difference: shift.difference,
  };
}
