import { z } from "zod";
import { formatNumber, formatToman } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import type { AuditChange } from "./audit-changes";

type Parsed = { entityId: string | null; before: unknown; after: unknown };
type Described = { text: string; changes: AuditChange[] };

const opened = z.object({ id: z.number(), operatorName: z.string() });
const closed = opened.extend({
  exits: z.number(), expectedCash: z.number(), expectedCard: z.number(), exemptExits: z.number(), waivedAmount: z.number(),
  countedCash: z.number(), difference: z.number(),
});

function differenceText(amount: number, locale: Locale): string {
  const money = formatToman(Math.abs(amount), locale);
  if (amount === 0) return locale === "fa" ? "بدون اختلاف" : "no difference";
  if (locale === "fa") return amount > 0 ? `${money} بیشتر` : `${money} کمتر`;
  return amount > 0 ? `${money} over` : `${money} short`;
}

/** Audit rows of cash shifts (lib/server/shifts/shifts.ts), in words. */
export const SHIFT_DESCRIBERS: Record<string, (row: Parsed, locale: Locale) => Described | null> = {
  "shift.open": ({ after }, locale) => {
    const row = opened.safeParse(after);
    if (!row.success) return null;
    const id = formatNumber(row.data.id, locale);
    return { text: locale === "fa" ? `«${row.data.operatorName}» شیفت ${id} را باز کرد` : `«${row.data.operatorName}» opened shift ${id}`, changes: [] };
  },
  "shift.close": ({ after }, locale) => {
    const row = closed.safeParse(after);
    if (!row.success) return null;
    const s = row.data;
    const [id, exits] = [formatNumber(s.id, locale), formatNumber(s.exits, locale)];
    const [cash, card, counted] = [formatToman(s.expectedCash, locale), formatToman(s.expectedCard, locale), formatToman(s.countedCash, locale)];
    const diff = differenceText(s.difference, locale);
    const text =
      locale === "fa"
        ? `«${s.operatorName}» شیفت ${id} را بست: ${exits} خروج، نقد مورد انتظار ${cash}، کارت ${card}، نقد شمرده‌شده ${counted} (${diff})`
        : `«${s.operatorName}» closed shift ${id}: ${exits} exits, expected cash ${cash}, card ${card}, counted ${counted} (${diff})`;
    return { text, changes: [] };
  },
};

/** Labels for the audit log's action filter and entity column. */
export const SHIFT_ACTION_LABELS = {
  "shift.open": { fa: "باز کردن شیفت", en: "Shift opened" },
  "shift.close": { fa: "بستن شیفت", en: "Shift closed" },
};
