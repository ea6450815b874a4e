import type { Box } from "../rgb-image";
import { between } from "../seeded-random";

export type FrameSize = { width: number; height: number };
/** The part of the scene a frame shows, in scene pixels; it may reach past the scene's edges. */
export type Viewport = { x: number; y: number; width: number; height: number };

/** The tablet camera sizes the gate sees. */
export const CAMERA_SIZES: readonly FrameSize[] = [
  { width: 1280, height: 720 },
  { width: 640, height: 480 },
];

/** 25 fps for 2 s while the car rolls up, then 0.6 s of road without it. */
export const CLIP = {
  frameMs: 40,
  approachFrames: 50,
  emptyFrames: 15,
  /** Plate width in the first frame, output pixels (a car some 8-10 m away). */
  startWidth: [40, 60] as const,
  /** How much wider the plate is in the last frame than in the first. */
  growth: [2, 3] as const,
  /** The plate is never enlarged past this over its source pixels: more would show detail no camera saw. */
  maxUpscale: 1.5,
};

export type CarPath = {
  /** Plate width in output pixels in the first and the last approach frame. */
  startWidth: number;
  endWidth: number;
  /** Plate centre as a fraction of the frame's width and height, first and last approach frame. */
  from: [number, number];
  to: [number, number];
};

/** A car's approach: the plate starts small somewhere in the upper middle and ends larger, lower and nearer the centre. */
export function planCarPath(random: () => number, sourcePlateWidth: number): CarPath {
  const startWidth = Math.min(between(random, CLIP.startWidth), sourcePlateWidth);
  const endWidth = Math.max(startWidth, Math.min(startWidth * between(random, CLIP.growth), sourcePlateWidth * CLIP.maxUpscale));
  const from: [number, number] = [between(random, [0.25, 0.75]), between(random, [0.4, 0.6])];
  const to: [number, number] = [between(random, [0.4, 0.6]), between(random, [0.6, 0.75])];
  return { startWidth, endWidth, from, to };
}

/**
 * Plate widths over the approach. The car rolls at a constant speed, so the distance, and with it
 * 1 / width, falls linearly: the plate grows slowly at first and fastest at the end.
 */
export function plateWidths(path: Pick<CarPath, "startWidth" | "endWidth">, frames: number): number[] {
  const [a, b] = [1 / path.startWidth, 1 / path.endWidth];
  return Array.from({ length: frames }, (_, i) => 1 / (a + (b - a) * (i / Math.max(1, frames - 1))));
}

/** The viewports that put the plate box at the path's width and position in each approach frame. */
export function approachViewports(plate: Box, path: CarPath, size: FrameSize, frames: number): Viewport[] {
  const [cx, cy] = [(plate[0] + plate[2]) / 2, (plate[1] + plate[3]) / 2];
  return plateWidths(path, frames).map((width, i) => {
    const t = i / Math.max(1, frames - 1);
    const scale = width / (plate[2] - plate[0]);
    const fx = path.from[0] + (path.to[0] - path.from[0]) * t;
    const fy = path.from[1] + (path.to[1] - path.from[1]) * t;
    return { x: cx - (fx * size.width) / scale, y: cy - (fy * size.height) / scale, width: size.width / scale, height: size.height / scale };
  });
}

export function overlaps(v: Viewport, box: Box): boolean {
  return box[0] < v.x + v.width && box[2] > v.x && box[1] < v.y + v.height && box[3] > v.y;
}

function sceneArea(v: Viewport, scene: FrameSize): number {
  const w = Math.min(v.x + v.width, scene.width) - Math.max(v.x, 0);
  const h = Math.min(v.y + v.height, scene.height) - Math.max(v.y, 0);
  return Math.max(0, w) * Math.max(0, h);
}

/**
 * The road once the car has gone: the last viewport moved up, down, left or right just far enough
 * that no labelled plate (with a margin of a plate height) is in view, choosing the move that keeps
 * the most of the scene in the picture.
 */
export function emptyRoadViewport(last: Viewport, plates: readonly Box[], scene: FrameSize): Viewport {
  const clear = (v: Viewport) => plates.every((b) => !overlaps(v, grow(b)));
  const candidates = plates.flatMap((b) => {
    const g = grow(b);
    return [
      { ...last, y: g[1] - last.height },
      { ...last, y: g[3] },
      { ...last, x: g[0] - last.width },
      { ...last, x: g[2] },
    ];
  });
  const best = candidates.filter(clear).sort((a, b) => sceneArea(b, scene) - sceneArea(a, scene))[0];
  if (!best || sceneArea(best, scene) === 0) throw new Error("no view of the scene without a labelled plate");
  return best;
}

function grow(b: Box): Box {
  const m = b[3] - b[1];
  return [b[0] - m, b[1] - m, b[2] + m, b[3] + m];
}
