import { describe, expect, it } from "vitest";
import { boxIou, nonMaxSuppression } from "./non-max-suppression";

describe("boxIou", () => {
  it("is intersection over union", () => {
    expect(boxIou([0, 0, 10, 10], [5, 0, 15, 10])).toBeCloseTo(50 / 150);
    expect(boxIou([0, 0, 10, 10], [20, 20, 30, 30])).toBe(0);
  });
});

describe("nonMaxSuppression", () => {
  it("keeps the best of overlapping boxes and separate boxes", () => {
    const boxes: [number, number, number, number][] = [[0, 0, 10, 10], [1, 0, 11, 10], [50, 50, 60, 60]];
    expect(nonMaxSuppression(boxes, [0.8, 0.9, 0.5], 0.45)).toEqual([1, 2]);
  });
});
