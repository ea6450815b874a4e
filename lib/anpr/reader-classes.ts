import { PLATE_LETTERS } from "@/lib/parking/plate-letters";

/**
 * Reader output classes, in the order of ml/anpr/charset.py: the ten ASCII digits, then the plate
 * letters in PLATE_LETTERS order. The reader has 8 slots: 2 digits, the letter, 3 digits, 2 region digits.
 */
export const READER_CLASSES: readonly string[] = [..."0123456789", ...PLATE_LETTERS];
export const DIGIT_COUNT = 10;
export const SLOT_COUNT = 8;
export const LETTER_SLOT = 2;
export const READER_INPUT_WIDTH = 160;
export const READER_INPUT_HEIGHT = 40;

/** Slots that start a number group; plates never have a leading zero there. */
const GROUP_STARTS: ReadonlySet<number> = new Set([0, 3, 6]);

/** Class indices a slot may hold, so the decoded text always has the plate's structure. */
export function allowedClasses(slot: number): number[] {
  if (slot === LETTER_SLOT) return READER_CLASSES.map((_, i) => i).filter((i) => i >= DIGIT_COUNT);
  const first = GROUP_STARTS.has(slot) ? 1 : 0;
  return Array.from({ length: DIGIT_COUNT - first }, (_, i) => i + first);
}
