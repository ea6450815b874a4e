import { describe, expect, it } from "vitest";
import { CTC_BLANK } from "./ctc-decode";
import { decodeReading } from "./decode-reading";
import { READER_CLASSES } from "./reader-classes";

const CLASS_COUNT = READER_CLASSES.length + 1;

/** 40 frames: blank everywhere except one frame per character, which scores `margin` over blank. */
function framesFor(chars: string[], margin: number): Float32Array {
  const logits = new Float32Array(40 * CLASS_COUNT);
  for (let t = 0; t < 40; t++) logits[t * CLASS_COUNT + CTC_BLANK] = 6;
  chars.forEach((c, i) => {
    logits[(3 + 4 * i) * CLASS_COUNT + READER_CLASSES.indexOf(c)] = 6 + margin;
  });
  return logits;
}

describe("decodeReading", () => {
  it("reads a confident plate in canonical form with per-character confidences", () => {
    const r = decodeReading(framesFor(["1", "2", "الف", "3", "4", "5", "6", "7"], 12), 0.5);
    expect(r.text).toBe("12الف345-67");
    expect(r.characters.map((c) => c.char)).toEqual(["1", "2", "الف", "3", "4", "5", "6", "7"]);
    expect(r.confidence).toBeGreaterThan(0.99);
  });

  it("reports a plate below the confidence floor as unreadable", () => {
    const r = decodeReading(framesFor(["1", "2", "ب", "3", "4", "5", "6", "7"], 0.5), 0.5);
    expect(r.text).toBeNull();
    expect(r.characters).toHaveLength(8);
    expect(r.confidence).toBeLessThan(0.5);
  });

  it("returns plate-shaped text even from a blank-only input, with a low confidence", () => {
    const r = decodeReading(framesFor([], 0), 0);
    expect(r.text).toMatch(/^[1-9]\d\D+[1-9]\d\d-[1-9]\d$/u);
    expect(r.confidence).toBeLessThan(0.01);
  });
});
