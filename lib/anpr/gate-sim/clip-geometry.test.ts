import { describe, expect, it } from "vitest";
import type { Box } from "../rgb-image";
import { approachViewports, CLIP, emptyRoadViewport, overlaps, planCarPath, plateWidths, type CarPath } from "./clip-geometry";
import { seededRandom } from "../seeded-random";

const PLATE: Box = [200, 300, 350, 340];
const PATH: CarPath = { startWidth: 50, endWidth: 125, from: [0.3, 0.5], to: [0.5, 0.7] };
const SIZE = { width: 640, height: 480 };

describe("plate widths over the approach", () => {
  const widths = plateWidths(PATH, 50);

  it("run from the start to the end width", () => {
    expect(widths).toHaveLength(50);
    expect(widths[0]).toBeCloseTo(50, 9);
    expect(widths[49]).toBeCloseTo(125, 9);
  });

  it("grow like a car at constant speed: 1 / width falls by the same step each frame, so the growth speeds up", () => {
    const steps = widths.slice(1).map((w, i) => 1 / w - 1 / widths[i]);
    for (const step of steps) expect(step).toBeCloseTo(steps[0], 12);
    const growth = widths.slice(1).map((w, i) => w - widths[i]);
    expect(growth.every((g, i) => i === 0 || g > growth[i - 1])).toBe(true);
  });
});

describe("approach viewports", () => {
  const views = approachViewports(PLATE, PATH, SIZE, 50);
  const inFrame = (i: number) => {
    const s = SIZE.width / views[i].width;
    return PLATE.map((v, k) => (v - (k % 2 ? views[i].y : views[i].x)) * s);
  };

  it("keep the camera's aspect", () => {
    for (const v of views) expect(v.width / v.height).toBeCloseTo(640 / 480, 9);
  });

  it("show the plate at the scheduled width, drifting from the path's start to its end", () => {
    const widths = plateWidths(PATH, 50);
    for (const i of [0, 20, 49]) {
      const [x1, y1, x2, y2] = inFrame(i);
      expect(x2 - x1).toBeCloseTo(widths[i], 6);
      const t = i / 49;
      expect((x1 + x2) / 2 / SIZE.width).toBeCloseTo(0.3 + 0.2 * t, 6);
      expect((y1 + y2) / 2 / SIZE.height).toBeCloseTo(0.5 + 0.2 * t, 6);
    }
  });
});

describe("a car's path", () => {
  it("starts with the plate 40-60 px wide and ends 2-3 times wider", () => {
    for (let seed = 1; seed <= 50; seed++) {
      const path = planCarPath(seededRandom(seed), 200);
      expect(path.startWidth).toBeGreaterThanOrEqual(CLIP.startWidth[0]);
      expect(path.startWidth).toBeLessThanOrEqual(CLIP.startWidth[1]);
      expect(path.endWidth / path.startWidth).toBeGreaterThanOrEqual(2);
      expect(path.endWidth / path.startWidth).toBeLessThanOrEqual(3);
    }
  });

  it("never enlarges a small source plate past 1.5x, and starts a tiny one at its own size", () => {
    for (let seed = 1; seed <= 50; seed++) {
      const small = planCarPath(seededRandom(seed), 70);
      expect(small.endWidth).toBeLessThanOrEqual(70 * 1.5 + 1e-9);
      const tiny = planCarPath(seededRandom(seed), 30);
      expect(tiny.startWidth).toBe(30);
      expect(tiny.endWidth).toBeCloseTo(45, 9);
    }
  });

  it("is the same for the same seed", () => {
    expect(planCarPath(seededRandom(7), 150)).toEqual(planCarPath(seededRandom(7), 150));
  });
});

describe("the empty road", () => {
  const scene = { width: 600, height: 600 };
  const parked: Box = [420, 100, 500, 120];
  const last = approachViewports(PLATE, PATH, SIZE, 50)[49];

  it("keeps the last view's size and shows no labelled plate, not even near its edge", () => {
    const empty = emptyRoadViewport(last, [PLATE, parked], scene);
    expect([empty.width, empty.height]).toEqual([last.width, last.height]);
    for (const [x1, y1, x2, y2] of [PLATE, parked]) {
      const m = y2 - y1;
      expect(overlaps(empty, [x1 - m, y1 - m, x2 + m, y2 + m])).toBe(false);
    }
    expect(overlaps(empty, [0, 0, scene.width, scene.height])).toBe(true);
  });

  it("fails loudly when every view of the scene would show a plate", () => {
    expect(() => emptyRoadViewport(last, [[0, 0, 600, 600]], scene)).toThrow("no view of the scene without a labelled plate");
  });
});
