import { jalaliDateTime, safeText } from "./stay-export";
import type { ShiftSummary } from "./shift-summary";

const BOM = "\uFEFF";

export const SHIFT_EXPORT_HEADERS = [
  "شیفت", "متصدی", "باز شده (شمسی)", "باز شده (ISO)", "بسته شده (شمسی)", "بسته شده (ISO)", "تعداد خروج",
  "نقد مورد انتظار (تومان)", "کارت (تومان)", "خروج با اشتراک", "خروج معاف", "مبلغ بخشوده (تومان)", "نقد شمرده‌شده (تومان)", "اختلاف (تومان)",
];

type Cell = string | number | null;

export function shiftExportRow(shift: ShiftSummary): Cell[] {
  return [
    shift.id,
    // An operator's name is typed by an admin: it could start like a formula.
    safeText(shift.operatorName),
    jalaliDateTime(shift.openedAt),
    shift.openedAt.toISOString(),
    shift.closedAt ? jalaliDateTime(shift.closedAt) : null,
    shift.closedAt?.toISOString() ?? null,
    shift.exits,
    shift.expectedCash,
    shift.expectedCard,
    shift.passExits,
    shift.exemptExits,
    shift.waivedAmount,
    shift.countedCash,
    shift.difference,
  ];
}

function csvField(cell: Cell): string {
  if (cell === null) return "";
  const value = String(cell);
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** CSV with a byte-order mark (Excel then reads the Persian headers as UTF-8). */
export function shiftsCsv(shifts: ShiftSummary[]): string {
  return BOM + [SHIFT_EXPORT_HEADERS, ...shifts.map(shiftExportRow)].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
