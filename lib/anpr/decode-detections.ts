import type { InputSize } from "./detector-input";
import type { Box } from "./rgb-image";
import { nonMaxSuppression } from "./non-max-suppression";

/** Detector output layout (ml/anpr/detector_model.py): stride-8 cells, row-major, 5 values each. */
export const DETECTOR_STRIDE = 8;
const VALUES_PER_CELL = 5;

export type Detection = { box: Box; score: number };

export type DecodeOptions = { scoreThreshold: number; iouThreshold: number };

/**
 * Turns the raw cell output (objectness logit, then l, t, r, b distances from the cell centre in
 * input pixels) into boxes in model-input pixels, after NMS.
 */
export function decodeDetections(cells: Float32Array, input: InputSize, options: DecodeOptions): Detection[] {
  const columns = input.width / DETECTOR_STRIDE;
  const count = columns * (input.height / DETECTOR_STRIDE);
  const boxes: Box[] = [];
  const scores: number[] = [];
  for (let cell = 0; cell < count; cell++) {
    const o = cell * VALUES_PER_CELL;
    const score = 1 / (1 + Math.exp(-cells[o]));
    if (score < options.scoreThreshold) continue;
    const cx = ((cell % columns) + 0.5) * DETECTOR_STRIDE;
    const cy = (Math.floor(cell / columns) + 0.5) * DETECTOR_STRIDE;
    boxes.push([cx - cells[o + 1], cy - cells[o + 2], cx + cells[o + 3], cy + cells[o + 4]]);
    scores.push(score);
  }
  return nonMaxSuppression(boxes, scores, options.iouThreshold).map((i) => ({ box: boxes[i], score: scores[i] }));
}
