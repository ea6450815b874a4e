import type { Anpr } from "../anpr-session";
import { carClip } from "./car-clip";
import { CLIP, type FrameSize } from "./clip-geometry";
import { judgeCar, type CarOutcome, type Submission } from "./car-outcome";
import type { SimDecider } from "./decider";
import type { GateCar } from "./gate-cars";

export type CarResult = CarOutcome & {
  file: string;
  plate: string;
  /** Reading and deciding time of every frame (not the clip's rendering), ms. */
  frameMs: number[];
  /** Time spent on the frames up to the plate being sent, ms. */
  computeMsToSubmit: number | null;
};

/** Feeds every frame of the car's clip through detection, reading and the decider, as /gate would. */
export async function simulateCar(anpr: Anpr, decider: SimDecider, dir: string, car: GateCar, size: FrameSize): Promise<CarResult> {
  decider.reset();
  const submissions: Submission[] = [];
  const frameMs: number[] = [];
  for await (const frame of carClip(dir, car, size)) {
    const start = performance.now();
    const plates = await anpr.recognisePlates(frame.image);
    const { autoSubmit } = decider.frame(plates, frame.index * CLIP.frameMs);
    frameMs.push(performance.now() - start);
    if (autoSubmit) submissions.push({ plate: autoSubmit, frame: frame.index });
  }
  const outcome = judgeCar(submissions, car);
  const computeMsToSubmit = outcome.frames === null ? null : frameMs.slice(0, outcome.frames).reduce((a, b) => a + b, 0);
  return { file: car.file, plate: car.plate, ...outcome, frameMs, computeMsToSubmit };
}
