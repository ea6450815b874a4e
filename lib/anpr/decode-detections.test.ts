import { describe, expect, it } from "vitest";
import { decodeDetections, DETECTOR_STRIDE } from "./decode-detections";

const INPUT = { width: 640, height: 384 };
const COLUMNS = INPUT.width / DETECTOR_STRIDE;
const CELLS = COLUMNS * (INPUT.height / DETECTOR_STRIDE);

function cellsWith(entries: { row: number; col: number; values: number[] }[]): Float32Array {
  const cells = new Float32Array(CELLS * 5).fill(0);
  for (let i = 0; i < CELLS; i++) cells[i * 5] = -10;
  for (const e of entries) cells.set(e.values, (e.row * COLUMNS + e.col) * 5);
  return cells;
}

describe("decodeDetections", () => {
  it("turns a confident cell into a box around its centre", () => {
    const cells = cellsWith([{ row: 2, col: 3, values: [3, 10, 4, 20, 6] }]);
    const [d, ...rest] = decodeDetections(cells, INPUT, { scoreThreshold: 0.4, iouThreshold: 0.45 });
    expect(rest).toEqual([]);
    // Cell centre: (3.5 * 8, 2.5 * 8) = (28, 20).
    expect(d.box).toEqual([18, 16, 48, 26]);
    expect(d.score).toBeCloseTo(1 / (1 + Math.exp(-3)));
  });

  it("lays the cells out row by row across the input's width", () => {
    const [d] = decodeDetections(cellsWith([{ row: 40, col: 70, values: [3, 4, 4, 4, 4] }]), INPUT, { scoreThreshold: 0.4, iouThreshold: 0.45 });
    expect(d.box).toEqual([70.5 * 8 - 4, 40.5 * 8 - 4, 70.5 * 8 + 4, 40.5 * 8 + 4]);
  });

  it("drops weak cells and suppresses duplicates of one plate", () => {
    const cells = cellsWith([
      { row: 2, col: 3, values: [3, 10, 4, 20, 6] },
      { row: 2, col: 4, values: [2, 18, 4, 12, 6] },
      { row: 30, col: 30, values: [-2, 10, 4, 20, 6] },
    ]);
    expect(decodeDetections(cells, INPUT, { scoreThreshold: 0.4, iouThreshold: 0.45 })).toHaveLength(1);
  });
});
