import { formatDigits, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";

/** One field an action changed, ready to show as "label: before → after". */
export type AuditChange = { label: string; before: string; after: string };

type Fields = Record<string, unknown>;

/** The settings an admin edits; lastResetAt and updatedAt change on their own and are not listed. */
const SETTING_FIELDS = [
  "lotName", "capacity", "pricePerHour", "graceMinutes",
  "gateAutoFrames", "gateAutoConfidence", "gateCooldownSeconds", "snapshotRetentionDays",
] as const;

const USER_FIELDS = ["name", "role", "active"] as const;

export function formatAuditValue(value: unknown, locale: Locale): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "number" && Number.isInteger(value)) return formatNumber(value, locale);
  // A fraction such as a confidence of 0.995 keeps every digit, with the Persian decimal mark.
  if (typeof value === "number") return locale === "fa" ? formatDigits(String(value), "fa").replace(".", "٫") : String(value);
  if (typeof value === "string") return `«${value}»`;
  return formatDigits(JSON.stringify(value), locale);
}

function changed(before: Fields, after: Fields, fields: readonly string[]): string[] {
  return fields.filter((field) => field in after && JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}

export function settingsChanges(before: Fields, after: Fields, locale: Locale): AuditChange[] {
  const labels = getMessages(locale).settings;
  return changed(before, after, SETTING_FIELDS).map((field) => ({
    label: labels[field as (typeof SETTING_FIELDS)[number]],
    before: formatAuditValue(before[field], locale),
    after: formatAuditValue(after[field], locale),
  }));
}

export function userChanges(before: Fields, after: Fields, locale: Locale): AuditChange[] {
  const t = getMessages(locale);
  const labels = { name: t.users.name, role: t.users.role, active: t.users.status };
  const show = (field: string, value: unknown) => {
    if (field === "role") return value === "admin" ? t.nav.admin : t.nav.operator;
    if (field === "active") return value ? t.users.active : t.users.inactive;
    return formatAuditValue(value, locale);
  };
  return changed(before, after, USER_FIELDS).map((field) => ({
    label: labels[field as (typeof USER_FIELDS)[number]],
    before: show(field, before[field]),
    after: show(field, after[field]),
  }));
}
