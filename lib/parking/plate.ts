import { isPlateLetter, type PlateLetter } from "./plate-letters";
import { normalizePlateInput } from "./plate-normalize";

export type Plate = {
  /** Canonical text, e.g. "12ب345-67" — the form stored and compared everywhere. */
  canonical: string;
  first: string;
  letter: PlateLetter;
  middle: string;
  region: string;
};

export type PlateErrorCode =
  | "empty"
  | "invalid_character"
  | "missing_letter"
  | "unknown_letter"
  | "first_digits"
  | "middle_digits"
  | "region_digits"
  | "leading_zero";

export type PlateError = { code: PlateErrorCode; fa: string; en: string };

export type PlateParseResult = { ok: true; plate: Plate } | { ok: false; error: PlateError };

const MESSAGES: Record<PlateErrorCode, { fa: string; en: string }> = {
  empty: { fa: "شماره پلاک را وارد کنید.", en: "Enter a plate number." },
  invalid_character: {
    fa: "پلاک فقط می‌تواند رقم و یک حرف داشته باشد.",
    en: "A plate may only contain digits and one letter.",
  },
  missing_letter: { fa: "حرف پلاک وارد نشده است.", en: "The plate letter is missing." },
  unknown_letter: {
    fa: "این حرف در پلاک‌های ایران استفاده نمی‌شود.",
    en: "This letter is not used on Iranian plates.",
  },
  first_digits: { fa: "پیش از حرف باید دو رقم بیاید.", en: "Two digits must come before the letter." },
  middle_digits: { fa: "پس از حرف باید سه رقم بیاید.", en: "Three digits must follow the letter." },
  region_digits: { fa: "کد استان (ایران) باید دو رقم باشد.", en: "The region code must be two digits." },
  leading_zero: {
    fa: "بخش‌های عددی پلاک با صفر شروع نمی‌شوند.",
    en: "Plate number groups do not start with zero.",
  },
};

function fail(code: PlateErrorCode): PlateParseResult {
  return { ok: false, error: { code, ...MESSAGES[code] } };
}

const SHAPE = /^(\d*)(الف|[^\d]+)(\d*)$/u;

/**
 * Parses a typed or recognised plate: two digits, a letter, three digits and a two-digit region
 * code (the number in the ایران box). Accepts Persian, Arabic-Indic and ASCII digits, Arabic ي/ك,
 * spaces, dashes and the word ایران.
 */
export function parsePlate(input: string): PlateParseResult {
  const value = normalizePlateInput(input);
  if (value === "") return fail("empty");
  const shape = SHAPE.exec(value);
  if (!shape) return fail(/\d/.test(value) && !/[^\d]/.test(value) ? "missing_letter" : "invalid_character");
  const [, first, letter, rest] = shape;
  if (!isPlateLetter(letter)) return fail(/^(\p{L}+|♿)$/u.test(letter) ? "unknown_letter" : "invalid_character");
  if (first.length !== 2) return fail("first_digits");
  if (rest.length < 3) return fail("middle_digits");
  if (rest.length !== 5) return fail("region_digits");
  const middle = rest.slice(0, 3);
  const region = rest.slice(3);
  if (first.startsWith("0") || middle.startsWith("0") || region.startsWith("0")) return fail("leading_zero");
  return { ok: true, plate: { canonical: `${first}${letter}${middle}-${region}`, first, letter, middle, region } };
}

/** The canonical text, or null when the input is not a valid plate. */
export function canonicalPlate(input: string): string | null {
  const result = parsePlate(input);
  return result.ok ? result.plate.canonical : null;
}
