import { z } from "zod";
import { formatDigits, formatToman } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { jalaliOfDay } from "@/lib/parking/pass-rules";
import type { AuditChange } from "./audit-changes";

type Parsed = { entityId: string | null; before: unknown; after: unknown };
type Described = { text: string; changes: AuditChange[] };

/** Plates read left to right inside Persian text, with a mark after the letter (as describe-audit-row.ts). */
const plateText = (plate: string, locale: Locale) => `\u2066${formatDigits(plate.replace(/\D+(?=\d)/u, "$&\u200e"), locale)}\u2069`;
const day = (key: string, locale: Locale) => formatDigits(jalaliOfDay(key), locale);

const pass = z.object({
  holder: z.string(), phone: z.string(), plates: z.array(z.string()), validFrom: z.string(), validTo: z.string(),
  kind: z.enum(["paid", "free"]), fee: z.number(),
});
type Pass = z.infer<typeof pass>;
const watch = z.object({ plate: z.string(), kind: z.enum(["deny", "alert"]), reason: z.string() });
type Watch = z.infer<typeof watch>;

function passFields(p: Pass, locale: Locale): Record<string, string> {
  const t = getMessages(locale).passes;
  return {
    [t.holder]: `«${p.holder}»`,
    [t.phone]: `\u2066${formatDigits(p.phone, locale)}\u2069`,
    [t.plates]: p.plates.map((plate) => plateText(plate, locale)).join(locale === "fa" ? "، " : ", "),
    [t.validity]: `${day(p.validFrom, locale)} – ${day(p.validTo, locale)}`,
    [t.kind]: p.kind === "free" ? t.free : t.paid,
    [t.fee]: formatToman(p.fee, locale),
  };
}

function watchFields(w: Watch, locale: Locale): Record<string, string> {
  const t = getMessages(locale).watch;
  return { [t.plate]: plateText(w.plate, locale), [t.kind]: t[w.kind], [t.reason]: `«${w.reason}»` };
}

function changes(before: Record<string, string>, after: Record<string, string>): AuditChange[] {
  return Object.keys(after).filter((label) => before[label] !== after[label]).map((label) => ({ label, before: before[label], after: after[label] }));
}

const say = (locale: Locale, fa: string, en: string, list: AuditChange[] = []): Described => ({ text: locale === "fa" ? fa : en, changes: list });

/** Audit rows of the passes and watch-list pages, REST and CSV imports (lib/server/passes), in words. */
export const PASS_DESCRIBERS: Record<string, (row: Parsed, locale: Locale) => Described | null> = {
  "pass.create": ({ after }, locale) => {
    const row = pass.safeParse(after);
    if (!row.success) return null;
    const { holder, plates, validTo } = row.data;
    const list = plates.map((p) => plateText(p, locale)).join(locale === "fa" ? "، " : ", ");
    return say(locale, `اشتراک «${holder}» برای ${list} تا ${day(validTo, "fa")} ثبت شد`, `Pass of «${holder}» for ${list} until ${day(validTo, "en")} added`);
  },
  "pass.update": ({ before, after }, locale) => {
    const [b, a] = [pass.safeParse(before), pass.safeParse(after)];
    if (!b.success || !a.success) return null;
    return say(locale, `اشتراک «${a.data.holder}» تغییر کرد`, `Pass of «${a.data.holder}» changed`, changes(passFields(b.data, locale), passFields(a.data, locale)));
  },
  "pass.delete": ({ before }, locale) => {
    const row = pass.safeParse(before);
    return row.success ? say(locale, `اشتراک «${row.data.holder}» حذف شد`, `Pass of «${row.data.holder}» deleted`) : null;
  },
  "watch.create": ({ after }, locale) => {
    const row = watch.safeParse(after);
    if (!row.success) return null;
    const { plate, kind, reason } = row.data;
    const [fa, en] = [getMessages("fa").watch[kind], getMessages("en").watch[kind]];
    return say(locale, `پلاک ${plateText(plate, "fa")} با «${fa}» به فهرست مراقبت افزوده شد: ${reason}`, `${plateText(plate, "en")} put on the watch list (${en}): ${reason}`);
  },
  "watch.update": ({ before, after }, locale) => {
    const [b, a] = [watch.safeParse(before), watch.safeParse(after)];
    if (!b.success || !a.success) return null;
    const plate = plateText(a.data.plate, locale);
    return say(locale, `فهرست مراقبت برای ${plate} تغییر کرد`, `Watch-list entry of ${plate} changed`, changes(watchFields(b.data, locale), watchFields(a.data, locale)));
  },
  "watch.delete": ({ before }, locale) => {
    const row = watch.safeParse(before);
    if (!row.success) return null;
    return say(locale, `پلاک ${plateText(row.data.plate, "fa")} از فهرست مراقبت برداشته شد`, `${plateText(row.data.plate, "en")} taken off the watch list`);
  },
};
