import { jalaliDate } from "@/lib/i18n/jalali";
import { TIME_ZONE } from "@/lib/i18n/format";
import { dateTimeFormat } from "@/lib/i18n/date-time-format";
import type { PaymentMethod } from "./payment";
import type { StayStatus } from "./stay-status";

/** The fields of a stay an export writes (lib/server/parking/list-stays.ts Stay has them all). */
export type ExportStay = {
  id: number; plate: string; entryAt: Date; exitAt: Date | null; durationMinutes: number | null; cost: number | null;
  status: StayStatus; entryActor: string | null; exitActor: string | null;
  entryGate: string | null; exitGate: string | null;
  paymentMethod: PaymentMethod | null; exemptReason: string | null; waivedAmount: number | null;
};

/** A cell: numbers stay numbers (XLSX numeric cells), text is already safe from formula injection. */
export type ExportCell = string | number | null;

export const STAY_EXPORT_HEADERS = [
  "شناسه", "پلاک", "ورود (شمسی)", "ورود (ISO)", "خروج (شمسی)", "خروج (ISO)",
  "مدت (دقیقه)", "هزینه (تومان)", "وضعیت", "ثبت ورود", "ثبت خروج", "گیت ورود", "گیت خروج",
  "روش پرداخت", "دلیل معافیت", "مبلغ بخشوده (تومان)",
];

const PAYMENT_WORDS: Record<PaymentMethod, string> = { cash: "نقد", card: "کارت", pass: "اشتراک", exempt: "معاف" };

const STATUS_WORDS: Record<ExportStay["status"], string> = { open: "داخل پارکینگ", closed: "خارج شده", archived: "بایگانی", void: "باطل‌شده" };

/**
 * A spreadsheet runs a text cell starting with = + - @ (or a tab/CR that hides one) as a formula;
 * a leading apostrophe keeps it text. Plates cannot start with these, actor names can.
 */
export function safeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const two = (n: number) => String(n).padStart(2, "0");

/** "1405/09/09 14:05", the lot's wall clock, Latin digits so the column sorts as text. */
export function jalaliDateTime(instant: Date): string {
  const { year, month, day } = jalaliDate(instant);
  const time = dateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: TIME_ZONE }).format(instant);
  return `${year}/${two(month)}/${two(day)} ${time}`;
}

export function stayExportRow(stay: ExportStay): ExportCell[] {
  const text = (value: string | null) => (value === null ? null : safeText(value));
  return [
    stay.id,
    text(stay.plate),
    jalaliDateTime(stay.entryAt),
    stay.entryAt.toISOString(),
    stay.exitAt ? jalaliDateTime(stay.exitAt) : null,
    stay.exitAt?.toISOString() ?? null,
    stay.durationMinutes,
    stay.cost,
    STATUS_WORDS[stay.status],
    text(stay.entryActor),
    text(stay.exitActor),
    text(stay.entryGate),
    text(stay.exitGate),
    stay.paymentMethod && PAYMENT_WORDS[stay.paymentMethod],
    text(stay.exemptReason),
    stay.waivedAmount,
  ];
}

function csvField(cell: ExportCell): string {
  if (cell === null) return "";
  const value = String(cell);
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvLine(cells: ExportCell[]): string {
  return `${cells.map(csvField).join(",")}\r\n`;
}

/** Excel reads a CSV as UTF-8 (Persian text) only when it starts with a byte-order mark. */
export const CSV_BOM = "\uFEFF";
