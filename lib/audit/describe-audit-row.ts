import { z } from "zod";
import { formatDigits, formatDuration, formatNumber, formatPercent, formatToman } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { settingsChanges, userChanges, type AuditChange } from "./audit-changes";
import { auditEntityLabel } from "./audit-labels";
import { SHIFT_DESCRIBERS } from "./describe-shift-audit";
import { GATE_DESCRIBERS } from "./describe-gate-audit";
import { PASS_DESCRIBERS } from "./describe-pass-audit";
import { CORRECTION_DESCRIBERS } from "./describe-correction-audit";

export type AuditRowText = { action: string; entity: string; entityId: string | null; before: string | null; after: string | null };

/** What happened, in a sentence, and for changes each field's old and new value. */
export type AuditDescription = { text: string; changes: AuditChange[] };

type Parsed = { entityId: string | null; before: unknown; after: unknown };
type Describe = (row: Parsed, locale: Locale) => AuditDescription | null;

/** Keys, file names and plates are read left to right even inside a Persian sentence (LRI … PDI). */
const ltr = (value: string, locale: Locale) => `\u2066${formatDigits(value, locale)}\u2069`;
/**
 * After an Arabic-script letter, bidi lays the digits that follow out as Arabic numbers, right to
 * left ("۴۷ج۹۱۳-۲۶" would show as "ج۹۱۳-۴۷۲۶"); a left-to-right mark after the letter prevents it.
 */
const plateText = (value: string, locale: Locale) => ltr(value.replace(/\D+(?=\d)/u, "$&\u200e"), locale);
const say = (locale: Locale, fa: string, en: string): AuditDescription => ({ text: locale === "fa" ? fa : en, changes: [] });
const n = formatNumber;

const fields = z.record(z.string(), z.unknown());
const stay = z.object({ plate: z.string(), durationMinutes: z.number().nullish(), cost: z.number().nullish() });
const reading = z.object({ source: z.enum(["auto", "confirmed", "manual"]), confidence: z.number().nullable() }).nullish();
// The first admin's row (lib/server/users/first-admin.ts) has a user name but no name.
const person = z
  .object({ name: z.string().optional(), username: z.string().optional(), role: z.string().optional() })
  .refine((user) => user.name || user.username);

function personText(user: z.infer<typeof person>, locale: Locale): string {
  const username = user.username ? ltr(user.username, locale) : "";
  if (!user.name) return username;
  return username ? `«${user.name}» (${username})` : `«${user.name}»`;
}

const SOURCES = {
  auto: { fa: "خوانش خودکار گیت", en: "read automatically at the gate" },
  confirmed: { fa: "خوانش گیت با تأیید متصدی", en: "read at the gate, confirmed by the operator" },
  manual: { fa: "واردشده در گیت", en: "typed at the gate" },
};

function readingNote(value: z.infer<typeof reading>, locale: Locale): string {
  if (!value) return "";
  const confidence = value.confidence === null ? "" : locale === "fa" ? `، اطمینان ${formatPercent(value.confidence, locale)}` : `, confidence ${formatPercent(value.confidence, locale)}`;
  return ` (${SOURCES[value.source][locale]}${confidence})`;
}

const roleName = (role: string, locale: Locale) => (role === "admin" ? getMessages(locale).nav.admin : getMessages(locale).nav.operator);

const DESCRIBERS: Record<string, Describe> = {
  "entry.register": ({ after }, locale) => {
    const row = stay.extend({ reading }).safeParse(after);
    if (!row.success) return null;
    const note = readingNote(row.data.reading, locale);
    return say(locale, `ورود خودروی ${plateText(row.data.plate, "fa")} ثبت شد${note}`, `${plateText(row.data.plate, "en")} entered${note}`);
  },
  "exit.register": ({ after }, locale) => {
    const row = stay.safeParse(after);
    if (!row.success) return null;
    const { durationMinutes, cost } = row.data;
    const stayed = formatDuration(durationMinutes ?? 0, locale);
    const paid = formatToman(cost ?? 0, locale);
    return say(locale, `خروج خودروی ${plateText(row.data.plate, "fa")} پس از ${stayed}، هزینه ${paid}`, `${plateText(row.data.plate, "en")} left after ${stayed}, charged ${paid}`);
  },
  "exit.lookalike_match": ({ after }, locale) => {
    const row = z.object({ readPlate: z.string(), plate: z.string(), gateName: z.string().nullish() }).safeParse(after);
    if (!row.success) return null;
    const { readPlate, plate, gateName } = row.data;
    return say(
      locale,
      `پلاک خوانده‌شدهٔ ${plateText(readPlate, "fa")} داخل نبود؛ خروج برای خودروی مشابه ${plateText(plate, "fa")} ثبت شد${gateName ? ` (گیت «${gateName}»)` : ""}`,
      `${plateText(readPlate, "en")} was not inside; the exit was registered for the look-alike ${plateText(plate, "en")}${gateName ? ` (gate «${gateName}»)` : ""}`,
    );
  },
  "gate.late_read": ({ after }, locale) => {
    const row = z.object({ direction: z.enum(["entry", "exit"]), plate: z.string(), lateMinutes: z.number() }).safeParse(after);
    if (!row.success) return null;
    const { direction, plate, lateMinutes } = row.data;
    return say(
      locale,
      `خوانش ${direction === "exit" ? "خروج" : "ورود"} ${plateText(plate, "fa")} ${n(lateMinutes, "fa")} دقیقه دیرتر رسید`,
      `The ${direction} read of ${plateText(plate, "en")} arrived ${lateMinutes} min late`,
    );
  },
  "parking.reset": ({ before, after }, locale) => {
    const row = z.object({ archived: z.number() }).safeParse(after);
    if (!row.success) return null;
    const open = z.array(z.object({ plate: z.string() })).catch([]).parse(before);
    const plates = open.length > 0 ? `: ${open.map((s) => plateText(s.plate, locale)).join(locale === "fa" ? "، " : ", ")}` : "";
    const count = n(row.data.archived, locale);
    return say(locale, `${count} خودروی داخل بدون هزینه بایگانی شد${plates}`, `${count} cars inside archived without charge${plates}`);
  },
  "settings.update": ({ before, after }, locale) => {
    const [b, a] = [fields.safeParse(before), fields.safeParse(after)];
    if (!b.success || !a.success) return null;
    const changes = settingsChanges(b.data, a.data, locale);
    const count = n(changes.length, locale);
    const text = locale === "fa" ? `${count} مورد از تنظیمات تغییر کرد` : `${count} ${changes.length === 1 ? "setting" : "settings"} changed`;
    return { text, changes };
  },
  "user.create": ({ after }, locale) => {
    const row = person.safeParse(after);
    if (!row.success) return null;
    const who = personText(row.data, locale);
    const role = row.data.role ?? "operator";
    return say(locale, `کاربر ${who} با نقش ${roleName(role, "fa")} ساخته شد`, `User ${who} created as ${roleName(role, "en")}`);
  },
  "user.activate": (row, locale) => userToggled(row, locale, { fa: "فعال شد", en: "activated" }),
  "user.deactivate": (row, locale) => userToggled(row, locale, { fa: "غیرفعال شد و از همهٔ نشست‌ها خارج شد", en: "deactivated and signed out everywhere" }),
  "user.reset_password": ({ entityId }, locale) =>
    say(locale, `رمز عبور کاربر شمارهٔ ${n(Number(entityId), "fa")} تغییر کرد و نشست‌هایش بسته شد`, `Password of user #${entityId} changed; their sessions were ended`),
  "token.create": ({ after }, locale) => {
    const row = z.object({ name: z.string(), role: z.string(), prefix: z.string() }).safeParse(after);
    if (!row.success) return null;
    const { name, role, prefix } = row.data;
    return say(locale, `توکن «${name}» (${ltr(prefix, "fa")}…) با نقش ${roleName(role, "fa")} ساخته شد`, `Token «${name}» (${ltr(prefix, "en")}…) created as ${roleName(role, "en")}`);
  },
  "token.revoke": ({ after }, locale) => {
    const row = z.object({ name: z.string() }).safeParse(after);
    return row.success ? say(locale, `توکن «${row.data.name}» باطل شد`, `Token «${row.data.name}» revoked`) : null;
  },
  "block.clear": ({ entityId }, locale) => {
    if (!entityId) return null;
    // Stored as "limiter:key"; the key is "user name|address" or an address.
    const key = entityId.slice(entityId.indexOf(":") + 1).replace("|", " · ");
    return say(locale, `مسدودی ${ltr(key, "fa")} برداشته شد`, `Block on ${ltr(key, "en")} cleared`);
  },
  "legacy.import": ({ after }, locale) => {
    const schema = z.object({ file: z.string(), created: z.object({ closed: z.number(), open: z.number() }), alreadyImported: z.number(), rejections: z.number() });
    const row = schema.safeParse(after);
    if (!row.success) return null;
    const { file, created, alreadyImported, rejections } = row.data;
    const [closed, open, already, rejected] = [created.closed, created.open, alreadyImported, rejections].map((v) => n(v, locale));
    return say(
      locale,
      `از ${ltr(file, "fa")}: ${closed} تردد پایان‌یافته و ${open} خودروی داخل وارد شد؛ ${already} از پیش بود و ${rejected} ردیف رد شد`,
      `From ${ltr(file, "en")}: ${closed} finished stays and ${open} cars inside imported; ${already} already there, ${rejected} rows rejected`,
    );
  },
  "snapshots.expire": ({ after }, locale) => {
    const row = z.object({ retentionDays: z.number(), stays: z.number(), photos: z.number() }).safeParse(after);
    if (!row.success) return null;
    const [photos, stays, days] = [row.data.photos, row.data.stays, row.data.retentionDays].map((v) => n(v, locale));
    return say(locale, `${photos} عکس گیت از ${stays} تردد، ${days} روز پس از خروج، پاک شد`, `${photos} gate photos of ${stays} stays deleted, ${days} days after exit`);
  },
  "snapshots.orphans": ({ after }, locale) => {
    const row = z.object({ files: z.number() }).safeParse(after);
    if (!row.success) return null;
    const files = n(row.data.files, locale);
    return say(locale, `${files} عکس بی‌صاحب پاک شد`, `${files} orphaned photos deleted`);
  },
  ...SHIFT_DESCRIBERS,
  ...GATE_DESCRIBERS,
  ...PASS_DESCRIBERS,
  ...CORRECTION_DESCRIBERS,
};

function userToggled({ before, after }: Parsed, locale: Locale, verb: { fa: string; en: string }): AuditDescription | null {
  const [b, a, user] = [fields.safeParse(before), fields.safeParse(after), person.safeParse(after)];
  if (!b.success || !a.success || !user.success) return null;
  const who = personText(user.data, locale);
  const text = locale === "fa" ? `کاربر ${who} ${verb.fa}` : `User ${who} ${verb.en}`;
  return { text, changes: userChanges(b.data, a.data, locale) };
}

function parseJson(text: string | null): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Rows are kept for years while the code that writes them changes: an unknown action, or a shape
 * this code no longer expects, falls back to naming the entity rather than failing the page.
 */
export function describeAuditRow(row: AuditRowText, locale: Locale): AuditDescription {
  const parsed = { entityId: row.entityId, before: parseJson(row.before), after: parseJson(row.after) };
  const described = DESCRIBERS[row.action]?.(parsed, locale);
  if (described) return described;
  const id = row.entityId ? ` #${formatDigits(row.entityId, locale)}` : "";
  return { text: `${auditEntityLabel(row.entity, locale)}${id}`, changes: [] };
}
