import type { AdjustmentCode, TariffLine } from "./tariff-plan";

/**
 * The plan's lines plus one line for the difference to what was charged, so a bill, a receipt or
 * an API answer always adds up to the amount paid: a pass or an exemption takes the price off,
 * an admin's correction takes off or adds what it changed.
 */
export function settleLines(lines: TariffLine[], charged: number, paymentMethod: string | null): TariffLine[] {
  const difference = charged - lines.reduce((sum, line) => sum + line.amount, 0);
  if (difference === 0) return lines;
  const code: AdjustmentCode = paymentMethod === "pass" || paymentMethod === "exempt" ? paymentMethod : "correction";
  return [...lines, { code, quantity: 1, unitPrice: difference, unitMinutes: 0, amount: difference }];
}
