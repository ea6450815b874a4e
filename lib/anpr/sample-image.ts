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

/**
 * Bilinear resampling into a planar float tensor (CHW, RGB, values in [0, 1]). It follows
 * OpenCV's warpAffine/warpPerspective convention (integer output coordinates map straight to
 * source coordinates), which is how the training pipeline in ml/ prepared its inputs.
 */
export function sampleToTensor(image: RgbImage, options: SampleOptions): Float32Array {
  const { width, height, mapping, outside } = options;
  const plane = width * height;
  const out = new Float32Array(3 * plane);
  const pixel = [0, 0, 0];
  for (let v = 0; v < height; v++) {
    const y = v * mapping.scaleY + mapping.offsetY;
    for (let u = 0; u < width; u++) {
      const x = u * mapping.scaleX + mapping.offsetX;
      samplePixel(image, x, y, outside, pixel);
      const i = v * width + u;
      out[i] = pixel[0] / 255;
      out[plane + i] = pixel[1] / 255;
      out[2 * plane + i] = pixel[2] / 255;
    }
  }
  return out;
}

function samplePixel(image: RgbImage, x: number, y: number, outside: SampleOptions["outside"], pixel: number[]): void {
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const fx = x - x0;
  const fy = y - y0;
  for (let c = 0; c < 3; c++) {
    const top = read(image, x0, y0, c, outside) * (1 - fx) + read(image, x0 + 1, y0, c, outside) * fx;
    const bottom = read(image, x0, y0 + 1, c, outside) * (1 - fx) + read(image, x0 + 1, y0 + 1, c, outside) * fx;
    pixel[c] = top * (1 - fy) + bottom * fy;
  }
}

function read(image: RgbImage, x: number, y: number, c: number, outside: SampleOptions["outside"]): number {
  let px = x;
  let py = y;
  if (px < 0 || py < 0 || px >= image.width || py >= image.height) {
    if (outside !== "clamp") return outside.fill;
    px = Math.min(Math.max(px, 0), image.width - 1);
    py = Math.min(Math.max(py, 0), image.height - 1);
  }
  return image.data[(py * image.width + px) * image.channels + c];
}
