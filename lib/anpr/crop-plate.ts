import type { Box, RgbImage } from "./rgb-image";
import { READER_INPUT_HEIGHT, READER_INPUT_WIDTH } from "./reader-classes";
import { sampleToTensor } from "./sample-image";

/**
 * Margin added around a detected box before reading. The reader was trained on crops from
 * about 1.5 % too tight to 7 % too loose horizontally (2.5x that vertically), so aim inside it.
 */
const MARGIN_X = 0.03;
const MARGIN_Y = 0.08;

export function expandBox(box: Box, width: number, height: number): Box {
  const mx = (box[2] - box[0]) * MARGIN_X;
  const my = (box[3] - box[1]) * MARGIN_Y;
  return [Math.max(0, box[0] - mx), Math.max(0, box[1] - my), Math.min(width, box[2] + mx), Math.min(height, box[3] + my)];
}

/** Stretches the box region to the reader input (rectifying the plate's aspect), edges clamped. */
export function cropToReaderTensor(image: RgbImage, box: Box): Float32Array {
  return sampleToTensor(image, {
    width: READER_INPUT_WIDTH,
    height: READER_INPUT_HEIGHT,
    mapping: {
      scaleX: (box[2] - box[0]) / READER_INPUT_WIDTH,
      offsetX: box[0],
      scaleY: (box[3] - box[1]) / READER_INPUT_HEIGHT,
      offsetY: box[1],
    },
    outside: "clamp",
  });
}
