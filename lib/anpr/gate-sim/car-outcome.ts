import { median } from "../plate-metrics";
import { CLIP } from "./clip-geometry";

export type Submission = { plate: string; frame: number };
/** "right": its own plate; "wrong": any other text ("other car" when it is a labelled plate of the same scene); "tap": nothing sent. */
export type Outcome = "right" | "wrong" | "tap";

export type CarOutcome = {
  outcome: Outcome;
  otherCar: boolean;
  submitted: string | null;
  /** Frames the gate had seen when it sent the plate (1 = the first), and the clip's time then. */
  frames: number | null;
  virtualMs: number | null;
  /** A different plate sent later in the same clip: the car was registered twice. */
  secondPlate: string | null;
};

/** The first auto-submission decides the car; a later one of a different plate is a double registration. */
export function judgeCar(submissions: readonly Submission[], car: { plate: string; otherPlates: readonly string[] }): CarOutcome {
  const [first] = submissions;
  if (!first) return { outcome: "tap", otherCar: false, submitted: null, frames: null, virtualMs: null, secondPlate: null };
  const right = first.plate === car.plate;
  return {
    outcome: right ? "right" : "wrong",
    otherCar: !right && car.otherPlates.includes(first.plate),
    submitted: first.plate,
    frames: first.frame + 1,
    virtualMs: first.frame * CLIP.frameMs,
    secondPlate: submissions.find((s) => s.plate !== first.plate)?.plate ?? null,
  };
}

const pct = (n: number, d: number) => (d === 0 ? 0 : Number(((100 * n) / d).toFixed(1)));
const round = (n: number) => Number(n.toFixed(1));

/** The headline of one camera size: shares of cars registered right, wrong, or left for a tap. */
export function summariseCars(cars: readonly (CarOutcome & { frameMs: readonly number[] })[]) {
  const count = (o: Outcome) => cars.filter((c) => c.outcome === o).length;
  const registered = cars.filter((c) => c.frames !== null);
  return {
    cars: cars.length,
    right: count("right"),
    wrong: count("wrong"),
    tap: count("tap"),
    rightPct: pct(count("right"), cars.length),
    wrongPct: pct(count("wrong"), cars.length),
    tapPct: pct(count("tap"), cars.length),
    otherCar: cars.filter((c) => c.otherCar).length,
    doubleRegistrations: cars.filter((c) => c.secondPlate !== null).length,
    medianFrames: registered.length ? median(registered.map((c) => c.frames!)) : null,
    medianVirtualMs: registered.length ? median(registered.map((c) => c.virtualMs!)) : null,
    medianComputeMsPerFrame: round(median(cars.flatMap((c) => c.frameMs))),
  };
}
