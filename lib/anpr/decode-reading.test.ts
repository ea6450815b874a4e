import { describe, expect, it } from "vitest";
import { decodeReading } from "./decode-reading";
import { READER_CLASSES, SLOT_COUNT } from "./reader-classes";

/** Logits that put `margin` on the given character of each slot. */
function logitsFor(chars: string[], margin: number): Float32Array {
  const logits = new Float32Array(SLOT_COUNT * READER_CLASSES.length);
  chars.forEach((c, slot) => {
    logits[slot * READER_CLASSES.length + READER_CLASSES.indexOf(c)] = margin;
  });
  return logits;
}

describe("decodeReading", () => {
  it("reads a confident plate in canonical form with per-character confidences", () => {
    const r = decodeReading(logitsFor(["1", "2", "الف", "3", "4", "5", "6", "7"], 12), 0.5);
    expect(r.text).toBe("12الف345-67");
    expect(r.characters.map((c) => c.char)).toEqual(["1", "2", "الف", "3", "4", "5", "6", "7"]);
    expect(r.confidence).toBeGreaterThan(0.99);
  });

  it("reports a plate below the confidence floor as unreadable", () => {
    const r = decodeReading(logitsFor(["1", "2", "ب", "3", "4", "5", "6", "7"], 1), 0.5);
    expect(r.text).toBeNull();
    expect(r.confidence).toBeLessThan(0.5);
  });

  it("only considers classes a slot can hold (digits, the letter, no leading zero)", () => {
    const logits = logitsFor(["0", "2", "5", "0", "4", "5", "0", "7"], 12);
    // Second choices: a letter in slot 2 and non-zero digits where a group starts.
    logits[READER_CLASSES.indexOf("9")] = 11;
    logits[2 * READER_CLASSES.length + READER_CLASSES.indexOf("♿")] = 1;
    logits[3 * READER_CLASSES.length + READER_CLASSES.indexOf("8")] = 11;
    logits[6 * READER_CLASSES.length + READER_CLASSES.indexOf("6")] = 11;
    const r = decodeReading(logits, 0);
    expect(r.text).toBe("92♿845-67");
  });
});
