import path from "node:path";
import { readImageFile } from "../node-anpr";
import { approachViewports, CLIP, emptyRoadViewport, planCarPath, type FrameSize, type Viewport } from "./clip-geometry";
import type { GateCar } from "./gate-cars";
import { renderFrame, type FrameLook, type SimFrame } from "./render-frame";
import { between, seededRandom, seedOf } from "../seeded-random";

export type ClipFrame = SimFrame & { index: number; phase: "approach" | "empty"; view: Viewport };

/** Every viewport of a car's clip: the approach, then the empty road. The same car and size always give the same clip. */
export function planClip(car: GateCar, scene: FrameSize, size: FrameSize, random: () => number): Viewport[] {
  const approach = approachViewports(car.box, planCarPath(random, car.box[2] - car.box[0]), size, CLIP.approachFrames);
  const empty = emptyRoadViewport(approach[approach.length - 1], car.sceneBoxes, scene);
  return [...approach, ...Array<Viewport>(CLIP.emptyFrames).fill(empty)];
}

function frameLook(random: () => number, noiseSigma: number): FrameLook {
  return {
    blurSigma: between(random, [0.3, 1.1]),
    motionLength: [1, 1, 3, 5][Math.floor(random() * 4)],
    noiseSigma,
    jpegQuality: Math.round(between(random, [70, 90])),
  };
}

/** A car rolling up to the camera over ~2 s and leaving the road empty, frame by frame; seeded by the file name, so both camera sizes see the same drive. */
export async function* carClip(dir: string, car: GateCar, size: FrameSize): AsyncGenerator<ClipFrame> {
  const scene = await readImageFile(path.join(dir, car.file));
  const random = seededRandom(seedOf(car.file));
  const views = planClip(car, scene, size, random);
  const noiseSigma = between(random, [2, 6]);
  for (const [index, view] of views.entries()) {
    const frame = await renderFrame(scene, view, size, frameLook(random, noiseSigma), random);
    yield { ...frame, index, phase: index < CLIP.approachFrames ? "approach" : "empty", view };
  }
}
