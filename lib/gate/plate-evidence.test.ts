import { describe, expect, it } from "vitest";
import { addFrameEvidence, fuseEvidence, NO_EVIDENCE, type FusionRule } from "./plate-evidence";
import { distributionsFor } from "./reading-fixtures";

const PLATE = "12ب345-67";
const rule: FusionRule = { frameWeight: 0.5, probabilityFloor: 1e-3, maxLooks: 6 };
const fuse = (frames: number[][][], r = rule) => fuseEvidence(frames.reduce((e, d) => addFrameEvidence(e, d, r), NO_EVIDENCE), r);

describe("fuseEvidence", () => {
  it("grows more confident as frames agree, and reads the plate in canonical form", () => {
    const one = fuse([distributionsFor(PLATE, 0.9)]);
    const three = fuse([distributionsFor(PLATE, 0.9), distributionsFor(PLATE, 0.9), distributionsFor(PLATE, 0.9)]);
    expect(one.text).toBe(PLATE);
    expect(three.text).toBe(PLATE);
    expect(three.confidence).toBeGreaterThan(one.confidence);
    expect(three.frames).toBe(3);
  });

  it("corrects one frame's misread character with the others", () => {
    const misread = distributionsFor("12ن345-67", 0.7);
    expect(fuse([misread, distributionsFor(PLATE, 0.8), distributionsFor(PLATE, 0.8)]).text).toBe(PLATE);
  });

  it("lets a character misread in one frame and another in the next still add up to the plate", () => {
    const a = distributionsFor(PLATE, 0.9);
    const b = distributionsFor(PLATE, 0.9);
    a[0] = distributionsFor("72ب345-67", 0.6)[0];
    b[5] = distributionsFor("12ب347-67", 0.6)[5];
    expect(fuse([a, b, distributionsFor(PLATE, 0.5)]).text).toBe(PLATE);
  });

  it("is never certain, however many frames agree: a threshold of 1 always asks the operator", () => {
    expect(fuse(Array.from({ length: 30 }, () => distributionsFor(PLATE, 1))).confidence).toBeLessThan(1);
  });

  it("gives one frame the reader's own probabilities", () => {
    const one = fuse([distributionsFor(PLATE, 0.9)]);
    expect(one.confidence).toBeCloseTo(0.9 ** 8, 6);
  });

  it("does not grow past maxLooks looks: repetition alone cannot make a reading certain", () => {
    const six = fuse(Array.from({ length: 11 }, () => distributionsFor(PLATE, 0.8)));
    const sixty = fuse(Array.from({ length: 60 }, () => distributionsFor(PLATE, 0.8)));
    expect(sixty.confidence).toBeCloseTo(six.confidence, 10);
  });

  it("keeps one overconfident frame from vetoing the rest (probability floor)", () => {
    const sure = distributionsFor(PLATE, 0.95);
    const veto = distributionsFor(PLATE, 0.95);
    veto[3] = distributionsFor("12ب945-67", 1)[3]; // probability 0 for the true 3
    expect(fuse([sure, sure, sure, sure, veto]).text).toBe(PLATE);
  });
});
