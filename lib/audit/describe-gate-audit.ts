import { z } from "zod";
import type { Locale } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import type { AuditChange } from "./audit-changes";

type Parsed = { entityId: string | null; before: unknown; after: unknown };
type Described = { text: string; changes: AuditChange[] };

const gate = z.object({ name: z.string(), direction: z.enum(["entry", "exit", "both"]), active: z.boolean() });
type Gate = z.infer<typeof gate>;

function gateChanges(before: Gate, after: Gate, locale: Locale): AuditChange[] {
  const t = getMessages(locale).gates;
  const changes: AuditChange[] = [];
  if (before.name !== after.name) changes.push({ label: t.name, before: `«${before.name}»`, after: `«${after.name}»` });
  if (before.direction !== after.direction) changes.push({ label: t.direction, before: t[before.direction], after: t[after.direction] });
  if (before.active !== after.active) {
    changes.push({ label: t.active, before: before.active ? t.active : t.inactive, after: after.active ? t.active : t.inactive });
  }
  return changes;
}

/** Audit rows of the admin's gates page (lib/server/gates/gates.ts), in words. */
export const GATE_DESCRIBERS: Record<string, (row: Parsed, locale: Locale) => Described | null> = {
  "gate.create": ({ after }, locale) => {
    const row = gate.safeParse(after);
    if (!row.success) return null;
    const direction = getMessages(locale).gates[row.data.direction];
    const text = locale === "fa" ? `گیت «${row.data.name}» (${direction}) ثبت شد` : `Gate «${row.data.name}» (${direction}) registered`;
    return { text, changes: [] };
  },
  "gate.update": ({ before, after }, locale) => {
    const [b, a] = [gate.safeParse(before), gate.safeParse(after)];
    if (!b.success || !a.success) return null;
    const text = locale === "fa" ? `گیت «${b.data.name}» تغییر کرد` : `Gate «${b.data.name}» changed`;
    return { text, changes: gateChanges(b.data, a.data, locale) };
  },
};
