import { parsePlate } from "@/lib/parking/plate";
import { decodeCtcPlate } from "./ctc-decode";
import { LETTER_SLOT, READER_CLASSES } from "./reader-classes";

export type ReadCharacter = { char: string; confidence: number };

export type PlateReading = {
  /** Canonical plate text (e.g. "12ب345-67"), or null when unreadable. */
  text: string | null;
  /** Product of the character confidences. */
  confidence: number;
  characters: ReadCharacter[];
  /** Per slot, the probabilities of the classes it may hold (`allowedClasses` order): fused over a car's frames. */
  distributions: number[][];
};

/**
 * Decodes the reader's per-frame logits [40 frames x (classes + blank)] into a plate. The decoder
 * only produces plate-shaped text; below minConfidence, or if the core plate rules still reject
 * it, the plate is reported unreadable.
 */
export function decodeReading(logits: Float32Array, minConfidence: number): PlateReading {
  const { classes, confidences, distributions } = decodeCtcPlate(logits);
  const characters = classes.map((c, i) => ({ char: READER_CLASSES[c], confidence: confidences[i] }));
  const confidence = confidences.reduce((product, p) => product * p, 1);
  const chars = characters.map((c) => c.char);
  const raw = `${chars.slice(0, 2).join("")}${chars[LETTER_SLOT]}${chars.slice(3, 6).join("")}-${chars.slice(6).join("")}`;
  const parsed = parsePlate(raw);
  const text = parsed.ok && confidence >= minConfidence ? parsed.plate.canonical : null;
  return { text, confidence, characters, distributions };
}
