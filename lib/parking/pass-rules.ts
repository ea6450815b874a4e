import { TIME_ZONE } from "@/lib/i18n/format";
import { jalaliDate } from "@/lib/i18n/jalali";
import { dateTimeFormat } from "@/lib/i18n/date-time-format";
import { toAsciiDigits } from "./plate-normalize";

/**
 * Pass validity is kept as lot-local calendar days ("YYYY-MM-DD", Gregorian, both ends inclusive):
 * a pass valid to 1405/09/10 lets its car out free until 23:59 Tehran time that day, whatever the
 * server's zone. Days compare as text.
 */
export type DayKey = string;

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The lot-local day (Asia/Tehran) that contains `instant`. */
export function lotDayKey(instant: Date, timeZone = TIME_ZONE): DayKey {
  return dateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}

const dayNumber = (key: DayKey) => {
  const [y, m, d] = key.split("-").map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS;
};

/** A day key's Jalali date as "1405/09/10" (Latin digits; the UI localises them). */
export function jalaliOfDay(key: DayKey): string {
  const [y, m, d] = key.split("-").map(Number);
  // Noon UTC is 15:30 in Tehran: the same calendar day.
  const j = jalaliDate(new Date(Date.UTC(y, m - 1, d, 12)));
  return `${j.year}/${String(j.month).padStart(2, "0")}/${String(j.day).padStart(2, "0")}`;
}

function validIsoDay(y: number, m: number, d: number): DayKey | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function jalaliToKey(y: number, m: number, d: number): DayKey | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  // Start near the Gregorian day the Jalali date must fall on and walk to it (at most a few steps).
  const nowruz = Date.UTC(y + 621, 2, 21, 12);
  let guess = nowruz + ((m <= 7 ? (m - 1) * 31 : 186 + (m - 7) * 30) + d - 1) * DAY_MS - 3 * DAY_MS;
  for (let step = 0; step < 7; step++, guess += DAY_MS) {
    const j = jalaliDate(new Date(guess));
    if (j.year === y && j.month === m && j.day === d) return new Date(guess).toISOString().slice(0, 10);
  }
  return null;
}

/**
 * A validity day as typed: a Jalali date (1405/09/10, ۱۴۰۵-۹-۱۰) or an ISO Gregorian one
 * (2026-12-01). Years 1300–1500 are Jalali, 1900–2200 Gregorian; anything else is refused.
 */
export function parsePassDay(text: string): DayKey | null {
  const match = /^(\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2})$/.exec(toAsciiDigits(text.trim()));
  if (!match) return null;
  const [y, m, d] = match.slice(1).map(Number);
  if (y >= 1300 && y <= 1500) return jalaliToKey(y, m, d);
  if (y >= 1900 && y <= 2200) return validIsoDay(y, m, d);
  return null;
}

export const isDayKey = (value: string) => ISO_DAY.test(value) && parsePassDay(value) === value;

export type PassValidity = { validFrom: DayKey; validTo: DayKey };

/** Whole lot-local days from `at`'s day to the pass's last day: 0 on the last day, negative after it. */
export function daysLeft(pass: PassValidity, at: Date): number {
  return dayNumber(pass.validTo) - dayNumber(lotDayKey(at));
}

export function isPassValidAt(pass: PassValidity, at: Date): boolean {
  const today = lotDayKey(at);
  return pass.validFrom <= today && today <= pass.validTo;
}

/** The gate and the exit dialog warn when this few days (or fewer) are left. */
export const EXPIRY_WARNING_DAYS = 7;

export type PassCandidate = PassValidity & { id: number; holder: string };

/** What a plate's passes mean for an exit at `at`. */
export type PassAtExit =
  | { status: "valid"; passId: number; holder: string; validTo: DayKey; daysLeft: number }
  | { status: "expired"; passId: number; holder: string; validTo: DayKey };

/**
 * The pass that lets the car out free (the one valid longest), else the most recently expired one
 * for the "pass expired on …" notice; a pass that has not started yet says nothing.
 */
export function passAtExit(passes: PassCandidate[], at: Date): PassAtExit | null {
  const valid = passes.filter((p) => isPassValidAt(p, at)).sort((a, b) => (a.validTo < b.validTo ? 1 : -1))[0];
  if (valid) return { status: "valid", passId: valid.id, holder: valid.holder, validTo: valid.validTo, daysLeft: daysLeft(valid, at) };
  const today = lotDayKey(at);
  const expired = passes.filter((p) => p.validTo < today).sort((a, b) => (a.validTo < b.validTo ? 1 : -1))[0];
  return expired ? { status: "expired", passId: expired.id, holder: expired.holder, validTo: expired.validTo } : null;
}

/** The pass rule, applied after pricing: a valid pass makes the stay cost nothing. */
export function priceWithPass(cost: number, pass: PassAtExit | null): number {
  return pass?.status === "valid" ? 0 : cost;
}

/** Whether to show "expires in N days" next to the holder. */
export const expiresSoon = (pass: PassAtExit | null): pass is Extract<PassAtExit, { status: "valid" }> =>
  pass?.status === "valid" && pass.daysLeft <= EXPIRY_WARNING_DAYS;
