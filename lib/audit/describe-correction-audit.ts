import { z } from "zod";
import { formatDateTime, formatDigits, formatDuration, formatToman } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import type { AuditChange } from "./audit-changes";

type Parsed = { entityId: string | null; before: unknown; after: unknown };
type Described = { text: string; changes: AuditChange[] };

/** Plates read left to right inside Persian text, with a mark after the letter (as describe-audit-row.ts). */
const plateText = (plate: string, locale: Locale) => `\u2066${formatDigits(plate.replace(/\D+(?=\d)/u, "$&\u200e"), locale)}\u2069`;

const fields = z.record(z.string(), z.unknown());
const voided = z.object({ plate: z.string(), reason: z.string() });
const corrected = z.object({ plate: z.string(), reason: z.string() }).catchall(z.unknown());

/** One stored value of a stay's field in words: a plate as a plate, times in the lot's calendar, money in Toman. */
function valueText(field: string, value: unknown, locale: Locale): string {
  if (value === null || value === undefined) return "—";
  const t = getMessages(locale);
  if (field === "plate" && typeof value === "string") return plateText(value, locale);
  if ((field === "entryAt" || field === "exitAt") && typeof value === "string") return formatDateTime(new Date(value), locale);
  if (field === "durationMinutes" && typeof value === "number") return formatDuration(value, locale);
  if ((field === "cost" || field === "waivedAmount") && typeof value === "number") return formatToman(value, locale);
  if (field === "paymentMethod" && (value === "cash" || value === "card" || value === "pass" || value === "exempt")) return t.payment[value];
  return formatDigits(String(value), locale);
}

function fieldLabel(field: string, locale: Locale): string {
  const t = getMessages(locale);
  const labels: Record<string, string> = {
    plate: t.activity.plate, entryAt: t.activity.entryAt, exitAt: t.activity.exitAt, durationMinutes: t.activity.duration,
    cost: t.activity.cost, paymentMethod: t.payment.method, waivedAmount: t.payment.waived,
  };
  return labels[field] ?? field;
}

/** Every field the correction changed, old → new. */
function changesOf(before: Record<string, unknown>, after: Record<string, unknown>, locale: Locale): AuditChange[] {
  return Object.keys(before).map((field) => ({ label: fieldLabel(field, locale), before: valueText(field, before[field], locale), after: valueText(field, after[field], locale) }));
}

/** Voided and corrected stays (lib/server/parking/void-stay.ts, correct-stay.ts), in words. */
export const CORRECTION_DESCRIBERS: Record<string, (row: Parsed, locale: Locale) => Described | null> = {
  "session.void": ({ after }, locale) => {
    const row = voided.safeParse(after);
    if (!row.success) return null;
    const { plate, reason } = row.data;
    const text = locale === "fa" ? `تردد ${plateText(plate, "fa")} باطل شد؛ دلیل: «${reason}»` : `Stay of ${plateText(plate, "en")} voided; reason: «${reason}»`;
    return { text, changes: [] };
  },
  "session.correct": ({ before, after }, locale) => {
    const [b, a] = [fields.safeParse(before), corrected.safeParse(after)];
    if (!b.success || !a.success) return null;
    const { plate, reason } = a.data;
    const text = locale === "fa" ? `تردد ${plateText(plate, "fa")} اصلاح شد؛ دلیل: «${reason}»` : `Stay of ${plateText(plate, "en")} corrected; reason: «${reason}»`;
    return { text, changes: changesOf(b.data, a.data, locale) };
  },
};

/** Labels for the audit log's action filter. */
export const CORRECTION_ACTION_LABELS = {
  "session.void": { fa: "باطل کردن تردد", en: "Stay voided" },
  "session.correct": { fa: "اصلاح تردد", en: "Stay corrected" },
};
