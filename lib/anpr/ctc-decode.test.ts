import { describe, expect, it } from "vitest";
import { CTC_BLANK, decodeCtcPlate } from "./ctc-decode";
import { allowedClasses, READER_CLASSES } from "./reader-classes";

const CLASS_COUNT = READER_CLASSES.length + 1;

/** 40 frames of blank, with the given characters spiking at the given frames. */
function framesWith(spikes: [number, string, number][]): Float32Array {
  const logits = new Float32Array(40 * CLASS_COUNT).fill(-5);
  for (let t = 0; t < 40; t++) logits[t * CLASS_COUNT + CTC_BLANK] = 5;
  for (const [t, char, value] of spikes) logits[t * CLASS_COUNT + READER_CLASSES.indexOf(char)] = value;
  return logits;
}

const text = (classes: number[]) => classes.map((c) => READER_CLASSES[c]).join("");

describe("decodeCtcPlate", () => {
  it("collapses repeated frames and keeps repeated characters separated by blanks", () => {
    const chars = ["1", "1", "ب", "1", "1", "1", "2", "2"];
    const spikes = chars.flatMap((c, i): [number, string, number][] => [[3 + 4 * i, c, 9], [4 + 4 * i, c, 9]]);
    const { classes, confidences } = decodeCtcPlate(framesWith(spikes));
    expect(text(classes)).toBe("11ب11122");
    confidences.forEach((p) => expect(p).toBeGreaterThan(0.9));
  });

  it("gives each slot a distribution over the classes it may hold, peaking at the decoded class", () => {
    const chars = ["1", "2", "ب", "3", "4", "5", "6", "7"];
    const spikes = chars.map((c, i): [number, string, number] => [3 + 4 * i, c, 9]);
    spikes.push([3 + 4 * 4, "7", 8.5]); // a close second for the fifth character
    const { classes, distributions } = decodeCtcPlate(framesWith(spikes));
    distributions.forEach((d, slot) => {
      expect(d).toHaveLength(allowedClasses(slot).length);
      expect(d.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
      expect(allowedClasses(slot)[d.indexOf(Math.max(...d))]).toBe(classes[slot]);
    });
    const fifth = distributions[4];
    expect(fifth[allowedClasses(4).indexOf(READER_CLASSES.indexOf("7"))]).toBeGreaterThan(0.3);
  });

  it("always yields the plate structure: 8 characters, the letter third", () => {
    // Only five confident characters, and a digit where the letter belongs.
    const { classes } = decodeCtcPlate(framesWith([[5, "4", 9], [9, "7", 9], [13, "5", 9], [17, "ص", 9], [21, "3", 9]]));
    expect(classes).toHaveLength(8);
    expect(READER_CLASSES[classes[2]]).toMatch(/^\D+$/u);
    classes.filter((_, i) => i !== 2).forEach((c) => expect(READER_CLASSES[c]).toMatch(/^\d$/));
  });

  it("prefers a weaker non-zero digit where a number group starts", () => {
    const spikes: [number, string, number][] = ["0", "2", "ب", "3", "4", "5", "6", "7"].map((c, i) => [3 + 4 * i, c, 9]);
    spikes.push([3, "9", 8]);
    expect(text(decodeCtcPlate(framesWith(spikes)).classes)).toBe("92ب34567");
  });
});
