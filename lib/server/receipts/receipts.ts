import "server-only";
import { isPaymentMethod } from "@/lib/parking/payment";
import { buildReceipt, isReceiptCode, toVerifiedStay, type Receipt, type ReceiptKind, type VerifiedStay } from "@/lib/parking/receipt";
import { settleLines } from "@/lib/parking/settled-lines";
import { priceStay } from "@/lib/parking/tariff-plan";
import { db, hotSql } from "../db";
import { readLotName } from "../parking/lot-name";
import { readPlanAtEntry } from "../tariffs/plan-at-entry";
import { toVehicleClass } from "../tariffs/tariff-rows";
import { newReceiptCode } from "./receipt-code";


const STAY_SELECT = {
  id: true, plate: true, status: true, entryAt: true, exitAt: true, durationMinutes: true, cost: true,
  paymentMethod: true, exemptReason: true, waivedAmount: true, vehicleClass: true, receiptCode: true,
} as const;

/**
 * The stay's code; a stay from before receipts existed gets one now. The conditional update keeps
 * the first code when two prints race, so a QR already handed out never stops working.
 */
async function ensureReceiptCode(stay: { id: number; receiptCode: string | null }): Promise<string> {
  if (stay.receiptCode) return stay.receiptCode;
  await db.parkingSession.updateMany({ where: { id: stay.id, receiptCode: null }, data: { receiptCode: newReceiptCode() } });
  const row = await db.parkingSession.findUnique({ where: { id: stay.id }, select: { receiptCode: true } });
  if (!row?.receiptCode) throw new Error(`stay ${stay.id} has no receipt code`);
  return row.receiptCode;
}

/** The tariff's lines of a closed stay, under the plan in force at its entry (as its exit priced it), adding up to what was charged. */
async function linesOf(stay: { vehicleClass: string; entryAt: Date; exitAt: Date; cost: number | null; paymentMethod: string | null }) {
  const sql = await hotSql();
  const plan = await readPlanAtEntry((text, params) => sql.read(text, params), toVehicleClass(stay.vehicleClass), stay.entryAt);
  const { lines } = priceStay({ entryAt: stay.entryAt, exitAt: stay.exitAt, plan });
  return stay.cost === null ? lines : settleLines(lines, stay.cost, stay.paymentMethod);
}

/** A stay's ticket or receipt for printing; null when there is no such stay. The caller checks the sign-in. */
export async function loadReceipt(opts: { stayId: number; kind: ReceiptKind; origin: string }): Promise<Receipt | null> {
  const row = await db.parkingSession.findUnique({ where: { id: opts.stayId }, select: STAY_SELECT });
  if (!row) return null;
  const [code, lotName, lines] = await Promise.all([
    ensureReceiptCode(row),
    readLotName(),
    row.exitAt && opts.kind === "exit" ? linesOf({ ...row, exitAt: row.exitAt }) : [],
  ]);
  const stay = { ...row, paymentMethod: isPaymentMethod(row.paymentMethod) ? row.paymentMethod : null };
  return buildReceipt({ stay, kind: opts.kind, lotName, lines, origin: opts.origin, code });
}

/** The public view of the stay a receipt code belongs to, or null (malformed codes are not looked up). */
export async function findVerifiedStay(code: string): Promise<VerifiedStay | null> {
  if (!isReceiptCode(code)) return null;
  const row = await db.parkingSession.findUnique({
    where: { receiptCode: code },
    select: { plate: true, status: true, entryAt: true, exitAt: true, cost: true },
  });
  return row && toVerifiedStay(row);
}
