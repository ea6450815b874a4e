import { describe, expect, it } from "vitest";
import { boxToImage, computeLetterbox, LETTERBOX_FILL, letterboxToTensor } from "./letterbox";
import type { RgbImage } from "./rgb-image";

describe("computeLetterbox", () => {
  it("fits the longer side and centres the shorter one", () => {
    const square = { width: 320, height: 320 };
    expect(computeLetterbox(640, 480, square)).toEqual({ input: square, scale: 0.5, padX: 0, padY: 40 });
    expect(computeLetterbox(300, 600, square)).toEqual({ input: square, scale: 320 / 600, padX: 80, padY: 0 });
  });

  it("fits a wide input by the tighter side", () => {
    const wide = { width: 640, height: 384 };
    expect(computeLetterbox(1280, 720, wide)).toEqual({ input: wide, scale: 0.5, padX: 0, padY: 12 });
  });
});

describe("boxToImage", () => {
  it("undoes the letterbox and clips to the image", () => {
    const lb = computeLetterbox(640, 480, { width: 320, height: 320 });
    expect(boxToImage([10, 50, 100, 60], lb, 640, 480)).toEqual([20, 20, 200, 40]);
    expect(boxToImage([-5, 30, 330, 60], lb, 640, 480)).toEqual([0, 0, 640, 40]);
  });
});

describe("letterboxToTensor", () => {
  it("scales pixels into [0,1] planes and pads with the letterbox gray", () => {
    const image: RgbImage = { width: 4, height: 2, channels: 4, data: new Uint8Array(4 * 2 * 4).fill(255) };
    const { tensor } = letterboxToTensor(image, { width: 4, height: 4 });
    // 4x2 in a 4x4 input: rows 1-2 hold the image, rows 0 and 3 are padding.
    expect(tensor.length).toBe(3 * 16);
    expect(tensor[0]).toBeCloseTo(LETTERBOX_FILL / 255);
    expect(tensor[4 + 1]).toBeCloseTo(1);
    expect(tensor[2 * 16 + 12 + 3]).toBeCloseTo(LETTERBOX_FILL / 255);
  });
});
