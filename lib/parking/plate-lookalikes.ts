import { parsePlate } from "./plate";

/**
 * Characters our plate reader mixes up, most common first. Letters: pairs with the same body that
 * differ only in dots or a stroke, which blur first on a small or dirty plate; only pairs whose two
 * letters are both plate letters (ح, ظ, غ, ذ are not). Digits are compared in the canonical ASCII
 * form but read in their Persian shapes: ۲/۳ (two or three teeth), ۲/۷, ۷/۸ (the same stroke
 * upside down), ۰/۵ (a dot and a small ring). ق/ن, ۲/۷ and ۳/۲ are the ones operators reported.
 */
export const CONFUSED_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["ق", "ن"],
  ["2", "7"],
  ["2", "3"],
  ["ب", "پ"],
  ["ت", "ث"],
  ["س", "ش"],
  ["ف", "ق"],
  ["ز", "ژ"],
  ["ک", "گ"],
  ["س", "ص"],
  ["7", "8"],
  ["0", "5"],
];

/** How many look-alikes an exit offers: more would be a list to read, not a tap. */
export const MAX_LOOKALIKES = 5;

/** The plate as its eight characters: two digits, the letter (الف is one), three digits, two digits. */
function plateCharacters(canonical: string): string[] | null {
  const parsed = parsePlate(canonical);
  if (!parsed.ok) return null;
  const { first, letter, middle, region } = parsed.plate;
  return [...first, letter, ...middle, ...region];
}

const joinPlate = (c: string[]) => `${c.slice(0, 3).join("")}${c.slice(3, 6).join("")}-${c.slice(6).join("")}`;

/** The index of the pair in CONFUSED_PAIRS (lower is more common), or -1 when a and b are not confused. */
function confusionRank(a: string, b: string): number {
  return CONFUSED_PAIRS.findIndex(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

/**
 * Every valid plate one confused character away from `canonical`, most common pair first within
 * each position; few enough (a dozen or so) to look up among the open stays by their unique plate.
 */
export function lookalikeVariants(canonical: string): string[] {
  const chars = plateCharacters(canonical);
  if (!chars) return [];
  const variants: string[] = [];
  chars.forEach((char, index) => {
    CONFUSED_PAIRS.forEach(([a, b]) => {
      const other = char === a ? b : char === b ? a : null;
      if (other === null) return;
      const swapped = [...chars];
      swapped[index] = other;
      const plate = joinPlate(swapped);
      // A swap can put a zero first in a group, which no plate has.
      if (parsePlate(plate).ok) variants.push(plate);
    });
  });
  return variants;
}

/** The rank of the one confused character that makes `other` look like `plate`, or null. */
export function lookalikeRank(plate: string, other: string): number | null {
  const [a, b] = [plateCharacters(plate), plateCharacters(other)];
  if (!a || !b) return null;
  const differing = a.flatMap((char, i) => (char === b[i] ? [] : [confusionRank(char, b[i])]));
  return differing.length === 1 && differing[0] >= 0 ? differing[0] : null;
}

/**
 * The cars inside that `plate` may be a misreading of: most common confusion first, then the
 * newest entry, then by plate so the order never changes between two answers.
 */
export function pickLookalikes<T extends { plate: string; entryAt: Date }>(plate: string, inside: T[], limit = MAX_LOOKALIKES): T[] {
  const ranked = inside.flatMap((car) => {
    const rank = lookalikeRank(plate, car.plate);
    return rank === null ? [] : [{ car, rank }];
  });
  ranked.sort((x, y) => x.rank - y.rank || y.car.entryAt.getTime() - x.car.entryAt.getTime() || x.car.plate.localeCompare(y.car.plate));
  return ranked.slice(0, limit).map(({ car }) => car);
}
