import sharp from "sharp";
import type { RgbImage } from "../rgb-image";
import type { FrameSize, Viewport } from "./clip-geometry";
import { seededRandom } from "../seeded-random";

/** How one frame is degraded on its way from the lens to the reader. */
export type FrameLook = {
  /** Gaussian blur (focus, lens), in output pixels; at least 0.3 (sharp's minimum). */
  blurSigma: number;
  /** Horizontal motion blur length in pixels: 1 (none), 3 or 5. */
  motionLength: number;
  /** Standard deviation of the sensor noise, in 8-bit levels. */
  noiseSigma: number;
  jpegQuality: number;
};

export type SimFrame = { jpeg: Buffer; image: RgbImage };

/**
 * One camera frame: the viewport of the scene scaled to the camera size (where it reaches past the
 * scene, the scene's edge pixels are stretched out: no plate can appear there), blurred, with sensor
 * noise, JPEG-encoded and decoded again as the reader would get it.
 */
export async function renderFrame(scene: RgbImage, view: Viewport, size: FrameSize, look: FrameLook, random: () => number): Promise<SimFrame> {
  const raw = { raw: { width: scene.width, height: scene.height, channels: scene.channels } };
  const scale = size.width / view.width;
  const [left, top] = [Math.max(0, Math.floor(view.x)), Math.max(0, Math.floor(view.y))];
  const right = Math.min(scene.width, Math.ceil(view.x + view.width));
  const bottom = Math.min(scene.height, Math.ceil(view.y + view.height));
  const place = (v: number, origin: number, limit: number) => Math.min(limit, Math.max(0, Math.round((v - origin) * scale)));
  const [ox1, ox2] = [place(left, view.x, size.width), place(right, view.x, size.width)];
  const [oy1, oy2] = [place(top, view.y, size.height), place(bottom, view.y, size.height)];
  if (right <= left || bottom <= top || ox2 <= ox1 || oy2 <= oy1) throw new Error("the viewport shows none of the scene");
  const framed = await sharp(scene.data, raw)
    .extract({ left, top, width: right - left, height: bottom - top })
    .resize(ox2 - ox1, oy2 - oy1, { fit: "fill" })
    .extend({ left: ox1, top: oy1, right: size.width - ox2, bottom: size.height - oy2, extendWith: "copy" })
    .raw()
    .toBuffer();
  let blurred = sharp(framed, { raw: { ...size, channels: 3 } }).blur(look.blurSigma);
  if (look.motionLength > 1) {
    // sharp wants a kernel at least 3 high: the line sits in the middle row.
    const row = (v: number) => Array<number>(look.motionLength).fill(v);
    blurred = blurred.convolve({ width: look.motionLength, height: 3, kernel: [...row(0), ...row(1), ...row(0)] });
  }
  const pixels = await blurred.raw().toBuffer();
  addSensorNoise(pixels, look.noiseSigma, random);
  const jpeg = await sharp(pixels, { raw: { ...size, channels: 3 } }).jpeg({ quality: look.jpegQuality }).toBuffer();
  const decoded = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
  const image: RgbImage = { width: decoded.info.width, height: decoded.info.height, channels: 3, data: new Uint8Array(decoded.data) };
  return { jpeg, image };
}

/** Standard normal samples drawn once from a fixed seed: one table lookup per pixel keeps a 1280×720 frame fast. */
const GAUSSIAN = (() => {
  const random = seededRandom(0x5eed);
  return Float32Array.from({ length: 1 << 16 }, () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random()));
})();

function addSensorNoise(pixels: Buffer, sigma: number, random: () => number): void {
  const clamped = new Uint8ClampedArray(pixels.buffer, pixels.byteOffset, pixels.length);
  for (let i = 0; i < clamped.length; i++) clamped[i] += sigma * GAUSSIAN[(random() * 65536) | 0];
}
