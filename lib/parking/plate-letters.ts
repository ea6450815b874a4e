/**
 * Letters that appear on Iranian car plates. "♿" (U+267F) is the current disabled plate sign;
 * "ژ" is the older letter for disabled veterans. D and S are diplomatic/service plates.
 */
export const PLATE_LETTERS = [
  "الف", "ب", "پ", "ت", "ث", "ج", "د", "ز", "س", "ش", "ص", "ط", "ع", "ف", "ق",
  "ک", "گ", "ل", "م", "ن", "و", "ه", "ی", "ژ", "♿", "D", "S",
] as const;

export type PlateLetter = (typeof PLATE_LETTERS)[number];

const LETTER_SET: ReadonlySet<string> = new Set(PLATE_LETTERS);

export function isPlateLetter(value: string): value is PlateLetter {
  return LETTER_SET.has(value);
}
