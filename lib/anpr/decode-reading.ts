import { parsePlate } from "@/lib/parking/plate";
import { allowedClasses, LETTER_SLOT, READER_CLASSES, SLOT_COUNT } from "./reader-classes";

export type ReadCharacter = { char: string; confidence: number };

export type PlateReading = {
  /** Canonical plate text (e.g. "12ب345-67"), or null when unreadable. */
  text: string | null;
  /** Product of the character confidences. */
  confidence: number;
  characters: ReadCharacter[];
};

/**
 * Decodes reader logits [8 slots x classes]: per slot, a softmax over the classes that slot may
 * hold. Below minConfidence, or if the core plate rules reject the text, the plate is unreadable.
 */
export function decodeReading(logits: Float32Array, minConfidence: number): PlateReading {
  const classCount = READER_CLASSES.length;
  const characters: ReadCharacter[] = [];
  for (let slot = 0; slot < SLOT_COUNT; slot++) {
    characters.push(decodeSlot(logits.subarray(slot * classCount, (slot + 1) * classCount), slot));
  }
  const confidence = characters.reduce((product, c) => product * c.confidence, 1);
  const chars = characters.map((c) => c.char);
  const raw = `${chars.slice(0, 2).join("")}${chars[LETTER_SLOT]}${chars.slice(3, 6).join("")}-${chars.slice(6).join("")}`;
  const parsed = parsePlate(raw);
  const text = parsed.ok && confidence >= minConfidence ? parsed.plate.canonical : null;
  return { text, confidence, characters };
}

function decodeSlot(logits: Float32Array, slot: number): ReadCharacter {
  const allowed = allowedClasses(slot);
  const max = Math.max(...allowed.map((i) => logits[i]));
  let sum = 0;
  let best = allowed[0];
  for (const i of allowed) {
    sum += Math.exp(logits[i] - max);
    if (logits[i] > logits[best]) best = i;
  }
  return { char: READER_CLASSES[best], confidence: 1 / sum };
}
