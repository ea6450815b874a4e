/** Interleaved 8-bit pixels: 3 channels (RGB, e.g. from sharp) or 4 (RGBA, e.g. canvas ImageData). */
export type RgbImage = {
  width: number;
  height: number;
  channels: 3 | 4;
  data: Uint8Array | Uint8ClampedArray;
};

/** Axis-aligned box in pixels: [x1, y1, x2, y2]. */
export type Box = [number, number, number, number];
