import type { Locale } from "@/lib/i18n/locale";
import { CORRECTION_ACTION_LABELS } from "./describe-correction-audit";
import { SHIFT_ACTION_LABELS } from "./describe-shift-audit";

const ACTIONS: Record<string, { fa: string; en: string }> = {
  "entry.register": { fa: "ثبت ورود", en: "Entry registered" },
  "exit.register": { fa: "ثبت خروج", en: "Exit registered" },
  "exit.lookalike_match": { fa: "اصلاح خوانش خروج با پلاک مشابه", en: "Exit read corrected to a look-alike" },
  "gate.late_read": { fa: "خوانش دیرهنگام گیت", en: "Late gate read" },
  "parking.reset": { fa: "بازنشانی پارکینگ", en: "Parking reset" },
  "settings.update": { fa: "تغییر تنظیمات", en: "Settings changed" },
  "tariff.add": { fa: "افزودن نسخهٔ تعرفه", en: "Tariff plan version added" },
  "snapshots.expire": { fa: "حذف عکس‌های قدیمی", en: "Old gate photos deleted" },
  "snapshots.orphans": { fa: "حذف عکس‌های بی‌صاحب", en: "Orphaned gate photos deleted" },
  "user.create": { fa: "ساخت کاربر", en: "User created" },
  "user.activate": { fa: "فعال‌سازی کاربر", en: "User activated" },
  "user.deactivate": { fa: "غیرفعال‌سازی کاربر", en: "User deactivated" },
  "user.reset_password": { fa: "تغییر رمز کاربر", en: "Password reset" },
  "token.create": { fa: "ساخت توکن API", en: "API token created" },
  "token.revoke": { fa: "ابطال توکن API", en: "API token revoked" },
  "gate.create": { fa: "ثبت گیت", en: "Gate registered" },
  "gate.update": { fa: "تغییر گیت", en: "Gate changed" },
  "pass.create": { fa: "ثبت اشتراک", en: "Pass added" },
  "pass.update": { fa: "تغییر اشتراک", en: "Pass changed" },
  "pass.delete": { fa: "حذف اشتراک", en: "Pass deleted" },
  "watch.create": { fa: "افزودن به فهرست مراقبت", en: "Watch-list entry added" },
  "watch.update": { fa: "تغییر فهرست مراقبت", en: "Watch-list entry changed" },
  "watch.delete": { fa: "حذف از فهرست مراقبت", en: "Watch-list entry removed" },
  "block.clear": { fa: "رفع مسدودی ورود", en: "Sign-in block cleared" },
  "legacy.import": { fa: "ورود داده از سامانهٔ قبلی", en: "Import from the old system" },
  ...SHIFT_ACTION_LABELS,
  ...CORRECTION_ACTION_LABELS,
};

/** The codes the audit log's action filter offers. */
export const AUDIT_ACTIONS = Object.keys(ACTIONS);

/** Audit actions are stored as stable codes; unknown (newer) codes are shown as they are. */
export function auditActionLabel(action: string, locale: Locale): string {
  return ACTIONS[action]?.[locale] ?? action;
}

const ENTITIES: Record<string, { fa: string; en: string }> = {
  ParkingSession: { fa: "تردد", en: "Parking session" },
  Setting: { fa: "تنظیمات", en: "Settings" },
  Snapshot: { fa: "عکس گیت", en: "Gate photo" },
  User: { fa: "کاربر", en: "User" },
  ApiToken: { fa: "توکن API", en: "API token" },
  Gate: { fa: "گیت", en: "Gate" },
  RateLimit: { fa: "مسدودی ورود", en: "Sign-in block" },
  Pass: { fa: "اشتراک", en: "Pass" },
  WatchEntry: { fa: "فهرست مراقبت", en: "Watch list" },
  Shift: { fa: "شیفت", en: "Shift" },
};

export function auditEntityLabel(entity: string, locale: Locale): string {
  return ENTITIES[entity]?.[locale] ?? entity;
}

/** Stored actors read "kind:id:name"; people want the name. */
export function auditActorName(actor: string): string {
  const parts = actor.split(":");
  return parts.length >= 3 ? parts.slice(2).join(":") : actor;
}
