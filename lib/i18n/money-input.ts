import { numberToWords } from "@persian-tools/persian-tools";
import type { Locale } from "./locale";
import { formatDigits } from "./format";

/** The digits of what was typed in a money field, in ASCII, without leading zeros ("۰۱۲٬۵۰۰" → "12500"). */
export function moneyDigits(raw: string): string {
  const ascii = raw.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
  return ascii.replace(/\D/g, "").replace(/^0+(?=\d)/, "");
}

/** Digits in groups of three as the field shows them while typing: "۱٬۵۰۰٬۰۰۰" in Persian, "1,500,000" in English. */
export function groupDigits(digits: string, locale: Locale): string {
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, locale === "fa" ? "٬" : ",");
  return formatDigits(grouped, locale);
}

/** Where the caret goes after regrouping: just after the same number of digits as before it. */
export function caretAfterDigits(formatted: string, digitsBefore: number): number {
  if (digitsBefore <= 0) return 0;
  let seen = 0;
  for (let i = 0; i < formatted.length; i++) {
    if (/[0-9۰-۹]/.test(formatted[i]) && ++seen === digitsBefore) return i + 1;
  }
  return formatted.length;
}

const ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const SCALES = ["", "thousand", "million", "billion", "trillion"];

function underThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const tens = rest < 20 ? ONES[rest] : TENS[Math.floor(rest / 10)] + (rest % 10 ? `-${ONES[rest % 10]}` : "");
  if (!hundreds) return tens;
  return rest ? `${ONES[hundreds]} hundred ${tens}` : `${ONES[hundreds]} hundred`;
}

function englishWords(n: number): string {
  if (n === 0) return "zero";
  const groups: string[] = [];
  for (let scale = 0; n > 0; scale++, n = Math.floor(n / 1000)) {
    const group = n % 1000;
    if (group) groups.unshift(SCALES[scale] ? `${underThousand(group)} ${SCALES[scale]}` : underThousand(group));
  }
  return groups.join(" ");
}

/** A whole amount in words, to catch a zero too many: "یک میلیون و پانصد هزار" / "one million five hundred thousand". */
export function amountInWords(amount: number, locale: Locale): string {
  if (!Number.isSafeInteger(amount) || amount < 0) return "";
  if (locale === "en") return englishWords(amount);
  const words = numberToWords(amount);
  return typeof words === "string" ? words : "";
}
