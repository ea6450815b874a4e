import type { RgbImage } from "./rgb-image";

/** Output pixel (u, v) reads the source at (u * scaleX + offsetX, v * scaleY + offsetY). */
export type AxisMapping = { scaleX: number; offsetX: number; scaleY: number; offsetY: number };

export type SampleOptions = {
  width: number;
  height: number;
  mapping: AxisMapping;
  /** Outside the source: a constant gray level (letterbox padding) or the nearest edge pixel. */
  outside: { fill: number } | "clamp";
};

/** Per output column (or row): byte offsets of the two source pixels to blend (-1 = outside) and the weight of the second. */
type Taps = { first: Int32Array; second: Int32Array; weight: Float32Array };

function computeTaps(count: number, mapping: { scale: number; offset: number; size: number; stride: number }, clamp: boolean): Taps {
  const { scale, offset, size, stride } = mapping;
  const taps = { first: new Int32Array(count), second: new Int32Array(count), weight: new Float32Array(count) };
  const fix = (i: number) => (clamp ? Math.min(Math.max(i, 0), size - 1) * stride : i >= 0 && i < size ? i * stride : -1);
  for (let i = 0; i < count; i++) {
    const pos = i * scale + offset;
    const base = Math.floor(pos);
    taps.first[i] = fix(base);
    taps.second[i] = fix(base + 1);
    taps.weight[i] = pos - base;
  }
  return taps;
}

/**
 * Bilinear resampling into a planar float tensor (CHW, RGB, values in [0, 1]). It follows
 * OpenCV's warpAffine/warpPerspective convention (integer output coordinates map straight to
 * source coordinates), which is how the training pipeline in ml/ prepared its inputs.
 */
export function sampleToTensor(image: RgbImage, options: SampleOptions): Float32Array {
  const { width, height, mapping, outside } = options;
  const clamp = outside === "clamp";
  const fill = clamp ? 0 : outside.fill;
  const { data, channels } = image;
  const xs = computeTaps(width, { scale: mapping.scaleX, offset: mapping.offsetX, size: image.width, stride: channels }, clamp);
  const ys = computeTaps(height, { scale: mapping.scaleY, offset: mapping.offsetY, size: image.height, stride: image.width * channels }, clamp);
  const plane = width * height;
  const out = new Float32Array(3 * plane);
  for (let v = 0; v < height; v++) {
    const y0 = ys.first[v];
    const y1 = ys.second[v];
    const fy = ys.weight[v];
    for (let u = 0; u < width; u++) {
      const x0 = xs.first[u];
      const x1 = xs.second[u];
      const fx = xs.weight[u];
      const w00 = (1 - fx) * (1 - fy);
      const w01 = fx * (1 - fy);
      const w10 = (1 - fx) * fy;
      const w11 = fx * fy;
      const i = v * width + u;
      for (let c = 0; c < 3; c++) {
        const p00 = y0 < 0 || x0 < 0 ? fill : data[y0 + x0 + c];
        const p01 = y0 < 0 || x1 < 0 ? fill : data[y0 + x1 + c];
        const p10 = y1 < 0 || x0 < 0 ? fill : data[y1 + x0 + c];
        const p11 = y1 < 0 || x1 < 0 ? fill : data[y1 + x1 + c];
        out[c * plane + i] = (p00 * w00 + p01 * w01 + p10 * w10 + p11 * w11) / 255;
      }
    }
  }
  return out;
}
