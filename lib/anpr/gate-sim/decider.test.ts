import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { RecognisedPlate } from "../anpr-session";
import { createFrameDecider, DEFAULT_GATE_SETTINGS } from "./decider";

// The frame rule reads only text and confidence; the per-slot distributions (for fusing readings) are spread in empty.
const NO_DISTRIBUTIONS = { distributions: [] as number[][] };
const plate = (text: string | null, confidence: number): RecognisedPlate => ({
  ...NO_DISTRIBUTIONS,
  text,
  confidence,
  characters: [],
  box: [0, 0, 100, 25],
  detectionScore: 0.9,
});

describe("the frame decider", () => {
  it("uses a new lot's settings from the Prisma schema", () => {
    const schema = readFileSync(path.join(import.meta.dirname, "../../../prisma/schema.prisma"), "utf8");
    const defaultOf = (field: string) => Number(new RegExp(`${field}\\s+\\w+\\s+@default\\(([\\d.]+)\\)`).exec(schema)?.[1]);
    expect(DEFAULT_GATE_SETTINGS).toEqual({
      autoFrames: defaultOf("gateAutoFrames"),
      autoConfidence: defaultOf("gateAutoConfidence"),
      cooldownSeconds: defaultOf("gateCooldownSeconds"),
    });
  });

  it("sends a plate read confidently in three frames in a row, once per car, and starts over after a reset", () => {
    const decider = createFrameDecider();
    const frames = [0, 40, 80, 120, 160].map((t) => decider.frame([plate("12ب345-67", 0.999)], t).autoSubmit);
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
