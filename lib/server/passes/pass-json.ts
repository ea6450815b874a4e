import "server-only";
import { jalaliOfDay, type PassAtExit } from "@/lib/parking/pass-rules";
import type { PassView, WatchEntryView } from "@/lib/parking/pass-views";

/** REST shapes (snake_case like the original API); dates are lot-local days, also in Jalali. */
export type PassJson = {
  id: number; holder: string; phone: string; plates: string[]; kind: "paid" | "free"; fee: number;
  valid_from: string; valid_to: string; valid_from_jalali: string; valid_to_jalali: string; created_at: string; updated_at: string;
};
export type WatchEntryJson = { id: number; plate: string; kind: "deny" | "alert"; reason: string; created_at: string; updated_at: string };

export function toPassJson(pass: PassView): PassJson {
  return {
    id: pass.id, holder: pass.holder, phone: pass.phone, plates: pass.plates, kind: pass.kind, fee: pass.fee,
    valid_from: pass.validFrom, valid_to: pass.validTo, valid_from_jalali: jalaliOfDay(pass.validFrom), valid_to_jalali: jalaliOfDay(pass.validTo),
    created_at: pass.createdAt.toISOString(), updated_at: pass.updatedAt.toISOString(),
  };
}

export function toWatchEntryJson(entry: WatchEntryView): WatchEntryJson {
  return { id: entry.id, plate: entry.plate, kind: entry.kind, reason: entry.reason, created_at: entry.createdAt.toISOString(), updated_at: entry.updatedAt.toISOString() };
}

/** What POST /api/exit adds for a plate with a pass: the pass that made it free, or the expired one's notice. */
export type PassExitJson = {
  pass?: { holder: string; valid_to: string; valid_to_jalali: string; days_left: number };
  pass_expired?: { holder: string; valid_to: string; valid_to_jalali: string };
};

export function toPassExitJson(pass: PassAtExit | null | undefined): PassExitJson {
  if (!pass) return {};
  const common = { holder: pass.holder, valid_to: pass.validTo, valid_to_jalali: jalaliOfDay(pass.validTo) };
  return pass.status === "valid" ? { pass: { ...common, days_left: pass.daysLeft } } : { pass_expired: common };
}
