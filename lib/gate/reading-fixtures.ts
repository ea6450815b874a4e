import type { Box } from "@/lib/anpr/rgb-image";
import { allowedClasses, LETTER_SLOT, READER_CLASSES } from "@/lib/anpr/reader-classes";

/** Test fixtures: the reader's per-slot distributions for a plate it reads with probability `p` per character. */
export function plateChars(plate: string): string[] {
  const match = /^(\d)(\d)(\D+)(\d)(\d)(\d)-(\d)(\d)$/u.exec(plate);
  if (!match) throw new Error(`not a canonical plate: ${plate}`);
  return match.slice(1);
}

export function distributionsFor(plate: string, p: number): number[][] {
  return plateChars(plate).map((char, slot) => {
    const classes = allowedClasses(slot);
    const index = classes.indexOf(READER_CLASSES.indexOf(char));
    if (index < 0) throw new Error(`${char} cannot stand in slot ${slot}${slot === LETTER_SLOT ? " (letter)" : ""}`);
    return classes.map((_, i) => (i === index ? p : (1 - p) / (classes.length - 1)));
  });
}

/** A plate box 100 px wide, moved `dx` px along the frame. */
export const boxAt = (dx = 0): Box => [100 + dx, 300, 200 + dx, 325];
