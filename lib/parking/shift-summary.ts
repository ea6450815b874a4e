/**
 * A cash shift as the shift page, the admin list, the CSV and the REST API read it. While the shift is
 * open the amounts are live sums of its exits; once closed they are the figures stored at the close.
 */
export type ShiftSummary = {
  id: number;
  operatorName: string;
  openedAt: Date;
  closedAt: Date | null;
  /** Every exit counted in the shift, free ones (nothing to pay) included. */
  exits: number;
  expectedCash: number;
  expectedCard: number;
  passExits: number;
  exemptExits: number;
  /** What the exempt exits would have cost. */
  waivedAmount: number;
  /** Entered at the close; null while open. */
  countedCash: number | null;
  /** countedCash − expectedCash: positive is a surplus, negative a shortage; null while open. */
  difference: number | null;
};

export type ShiftTotals = Pick<ShiftSummary, "exits" | "expectedCash" | "expectedCard" | "passExits" | "exemptExits" | "waivedAmount">;

type MethodRow = { method: string | null; exits: number; amount: number; waived: number };

/** Folds a shift's per-method sums (one row per payment method, null for free exits) into its totals. */
export function shiftTotals(rows: MethodRow[]): ShiftTotals {
  const totals: ShiftTotals = { exits: 0, expectedCash: 0, expectedCard: 0, passExits: 0, exemptExits: 0, waivedAmount: 0 };
  for (const row of rows) {
    totals.exits += row.exits;
    if (row.method === "cash") totals.expectedCash += row.amount;
    if (row.method === "card") totals.expectedCard += row.amount;
    if (row.method === "pass") totals.passExits += row.exits;
    if (row.method === "exempt") {
      totals.exemptExits += row.exits;
      totals.waivedAmount += row.waived;
    }
  }
  return totals;
}

/** The largest counted cash a close accepts (Tomans): far above any day's takings, far below overflow. */
export const MAX_COUNTED_CASH = 10_000_000_000;
