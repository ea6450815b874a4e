import { describe, expect, it } from "vitest";
import { cropToReaderTensor, expandBox } from "./crop-plate";
import { READER_INPUT_HEIGHT, READER_INPUT_WIDTH } from "./reader-classes";
import type { RgbImage } from "./rgb-image";

describe("expandBox", () => {
  it("adds a margin and stays inside the image", () => {
    expect(expandBox([100, 100, 200, 125], 1000, 1000)).toEqual([97, 98, 203, 127]);
    expect(expandBox([0, 0, 100, 25], 101, 26)).toEqual([0, 0, 101, 26]);
  });
});

describe("cropToReaderTensor", () => {
  it("stretches the box to the reader input", () => {
    // Left half black, right half white.
    const width = 64;
    const data = new Uint8Array(width * 16 * 3).map((_, i) => (Math.floor(i / 3) % width >= 32 ? 255 : 0));
    const image: RgbImage = { width, height: 16, channels: 3, data };
    const t = cropToReaderTensor(image, [0, 0, width, 16]);
    expect(t.length).toBe(3 * READER_INPUT_WIDTH * READER_INPUT_HEIGHT);
    expect(t[10]).toBe(0);
    expect(t[READER_INPUT_WIDTH - 10]).toBe(1);
  });
});
