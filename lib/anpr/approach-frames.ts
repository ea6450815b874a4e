import sharp from "sharp";
import type { Box, RgbImage } from "./rgb-image";
import { between } from "./seeded-random";

export type ApproachOptions = { frames: number; startWidth: [number, number]; growth: [number, number] };

/** Plates 45-110 px wide growing 1.5-2.5x: a car rolling up to a tablet camera a few metres away. */
export const APPROACH: ApproachOptions = { frames: 6, startWidth: [45, 110], growth: [1.5, 2.5] };

/** Plate widths over the approach: geometric growth from the start width. */
export function approachWidths(random: () => number, options: ApproachOptions = APPROACH): number[] {
  const start = between(random, options.startWidth);
  const growth = between(random, options.growth);
  return Array.from({ length: options.frames }, (_, i) => Math.round(start * growth ** (i / Math.max(1, options.frames - 1))));
}

/**
 * One plate crop as a car's frames at the gate: shrunk to the approach's widths (never enlarged),
 * blurred, with sensor noise and JPEG, and a box a detector might give (sides off by up to 5 %).
 */
export async function approachFrames(file: string, random: () => number, options: ApproachOptions = APPROACH): Promise<{ image: RgbImage; box: Box }[]> {
  const source = sharp(file).rotate().removeAlpha();
  const { width: sourceWidth = 0 } = await source.metadata();
  const frames: { image: RgbImage; box: Box }[] = [];
  for (const width of approachWidths(random, options)) {
    const jpeg = await source
      .clone()
      .resize({ width: Math.min(width, sourceWidth) })
      .blur(0.3 + random())
      .jpeg({ quality: Math.round(between(random, [55, 90])) })
      .toBuffer();
    const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
    const noise = between(random, [1, 6]);
    for (let i = 0; i < data.length; i++) data[i] = Math.max(0, Math.min(255, data[i] + noise * gaussian(random)));
    const jitter = (size: number) => (random() - 0.5) * 0.1 * size;
    const box: Box = [jitter(info.width), jitter(info.height), info.width + jitter(info.width), info.height + jitter(info.height)];
    frames.push({ image: { width: info.width, height: info.height, channels: 3, data: new Uint8Array(data) }, box });
  }
  return frames;
}

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}
