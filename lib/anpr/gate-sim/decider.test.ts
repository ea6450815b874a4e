import { describe, expect, it } from "vitest";
import type { RecognisedPlate } from "../anpr-session";
import { distributionsFor } from "@/lib/gate/reading-fixtures";
import { CAR_RULE_SETTINGS, createCarDecider, createFrameDecider } from "./decider";

const plate = (text: string | null, confidence: number): RecognisedPlate => ({
  text,
  confidence,
  characters: [],
  distributions: [],
  box: [0, 0, 100, 25],
  detectionScore: 0.9,
});

describe("the frame decider", () => {
  it("sends a plate read at 0.995 or more in three frames in a row, once per car, and starts over after a reset", () => {
    const decider = createFrameDecider();
    const frames = [0, 40, 80, 120, 160].map((t) => decider.frame([plate("12ب345-67", 0.996)], t).autoSubmit);
    expect(frames).toEqual([null, null, "12ب345-67", null, null]);
    decider.reset();
    expect([0, 40, 80].map((t) => decider.frame([plate("12ب345-67", 0.999)], t).autoSubmit)).toEqual([null, null, "12ب345-67"]);
  });

  it("sends nothing for readings below the confidence or broken by another plate", () => {
    const decider = createFrameDecider();
    const texts = ["12ب345-67", "12ب345-67", "13ب345-67", "12ب345-67", "12ب345-67"];
    expect(texts.map((t, i) => decider.frame([plate(t, 0.999)], i * 40).autoSubmit)).toEqual([null, null, null, null, null]);
    expect([0, 1, 2, 3].map((i) => decider.frame([plate("55ج555-55", 0.99)], 1000 + i * 40).autoSubmit)).toEqual([null, null, null, null]);
  });
});

describe("the car decider", () => {
  const sure = (dx: number): RecognisedPlate => ({ ...plate("12ب345-67", 0.999), box: [dx, 0, dx + 100, 25], distributions: distributionsFor("12ب345-67", 0.9999) });

  it("sends a car once its fused reading is sure enough, once per car, and starts over after a reset", () => {
    const decider = createCarDecider();
    const sent = Array.from({ length: 12 }, (_, i) => decider.frame([sure(i * 4)], i * 40).autoSubmit);
    expect(sent.filter(Boolean)).toEqual(["12ب345-67"]);
    const first = sent.indexOf("12ب345-67");
    expect(first).toBeGreaterThanOrEqual(CAR_RULE_SETTINGS.autoFrames - 1);
    decider.reset();
    expect(Array.from({ length: 12 }, (_, i) => decider.frame([sure(i * 4)], i * 40).autoSubmit).indexOf("12ب345-67")).toBe(first);
  });

  it("sends nothing for a car whose frames disagree", () => {
    const decider = createCarDecider();
    const frames = Array.from({ length: 20 }, (_, i) => ({ ...sure(i * 4), distributions: distributionsFor(i % 2 ? "12ب345-67" : "12ن345-67", 0.9) }));
    expect(frames.map((f, i) => decider.frame([f], i * 40).autoSubmit).filter(Boolean)).toEqual([]);
  });
});
