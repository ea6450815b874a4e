import { describe, expect, it } from "vitest";
import type { RgbImage } from "./rgb-image";
import { sampleToTensor } from "./sample-image";

// 2x2 RGB image: red, green / blue, white.
const image: RgbImage = {
  width: 2,
  height: 2,
  channels: 3,
  data: new Uint8Array([255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255]),
};

describe("sampleToTensor", () => {
  it("copies pixels into CHW planes with the identity mapping", () => {
    const t = sampleToTensor(image, { width: 2, height: 2, mapping: { scaleX: 1, offsetX: 0, scaleY: 1, offsetY: 0 }, outside: "clamp" });
    expect(Array.from(t)).toEqual([1, 0, 0, 1, 0, 1, 0, 1, 0, 0, 1, 1]);
  });

  it("interpolates bilinearly between pixels", () => {
    const t = sampleToTensor(image, { width: 1, height: 1, mapping: { scaleX: 1, offsetX: 0.5, scaleY: 1, offsetY: 0 }, outside: "clamp" });
    expect(Array.from(t)).toEqual([0.5, 0.5, 0]);
  });

  it("fills or clamps outside the source", () => {
    const mapping = { scaleX: 1, offsetX: 5, scaleY: 1, offsetY: 0 };
    const filled = sampleToTensor(image, { width: 1, height: 1, mapping, outside: { fill: 51 } });
    for (const v of filled) expect(v).toBeCloseTo(0.2);
    expect(Array.from(sampleToTensor(image, { width: 1, height: 1, mapping, outside: "clamp" }))).toEqual([0, 1, 0]);
  });
});
