import { formatDigits, formatPercent } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { parsePlate } from "@/lib/parking/plate";

/** Left-to-right marks between the parts keep the plate in its on-car order: canvas text gets no dir="ltr" spans. */
const LRM = "\u200e";

/**
 * The label drawn over a plate in the gate's picture: the plate in Persian digits in both languages,
 * as on the car and in every plate badge, then the confidence in the page's digits.
 */
export function plateLabel(reading: { text: string | null; confidence: number }, locale: Locale): string {
  if (reading.text === null) return "?";
  const parsed = parsePlate(reading.text);
  const parts = parsed.ok ? [parsed.plate.first, parsed.plate.letter, parsed.plate.middle, parsed.plate.region] : [reading.text];
  return [...parts.map((part) => formatDigits(part, "fa")), formatPercent(reading.confidence, locale)].join(`${LRM} `);
}
