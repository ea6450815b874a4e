const PERSIAN_ZERO = 0x06f0;
const ARABIC_ZERO = 0x0660;

/** Maps Persian (۰–۹) and Arabic-Indic (٠–٩) digits to ASCII. */
export function toAsciiDigits(value: string): string {
  return value.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code - (code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_ZERO));
  });
}

const CHARACTER_VARIANTS: Record<string, string> = {
  "ي": "ی", // Arabic yeh
  "ى": "ی", // alef maksura
  "ئ": "ی",
  "ك": "ک", // Arabic kaf
  "ة": "ه",
  "ۀ": "ه",
  "ە": "ه",
  "ھ": "ه",
  "آ": "ا",
  "أ": "ا",
  "إ": "ا",
  "d": "D",
  "s": "S",
};

/**
 * Cleans free-typed plate text: unifies digits and Arabic letter forms, and removes the word
 * ایران, separators, spaces and invisible direction marks that copy-paste brings along.
 */
export function normalizePlateInput(raw: string): string {
  let value = toAsciiDigits(raw.normalize("NFC"));
  value = value.replace(/[يىئكةۀەھآأإds]/g, (c) => CHARACTER_VARIANTS[c] ?? c);
  value = value.replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u0640]/g, "");
  value = value.replace(/ایران|I\.?R\.?\s*IRAN|IRAN/gi, "");
  value = value.replace(/[\s\-_–—|/\\.,:]+/g, "");
  // A lone alef stands for the letter الف (it is never a plate letter on its own).
  return value.replace(/^(\d*)(?:الف|ا)(\d*)$/, "$1الف$2");
}
