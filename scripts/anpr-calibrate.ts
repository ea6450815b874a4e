/**
 * Chooses the gate's fusion rule and auto-submit threshold on anpr-data's held-out crops (never anpr-dev):
 *   npm run anpr:calibrate [-- --set ml/cache/val-set] [--models public/models] [--tracks 2] [--show-wrong]
 * Each crop becomes `--tracks` cars of `--frames` frames (default APPROACH.frames) (lib/anpr/approach-frames.ts); every frame is
 * read by the reader, and each rule decides per car: registered right, registered wrong, or left for a tap.
 * The set is built by `python3 ml/make_val_set.py`. Its labels are unverified (~5-7 % wrong), so --show-wrong
 * lists the confidently "wrong" cars to look at: many are label errors.
 */
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import * as ort from "onnxruntime-node";
import { createAnpr } from "@/lib/anpr/anpr-session";
import type { PlateReading } from "@/lib/anpr/decode-reading";
import { APPROACH, approachFrames } from "@/lib/anpr/approach-frames";
import { seededRandom, seedOf } from "@/lib/anpr/seeded-random";
import { parseLabelsCsv } from "@/lib/anpr/labels-csv";
import { decideFrame, INITIAL_DECISION } from "@/lib/anpr/gate-sim/frame-rule";
import { addFrameEvidence, fuseEvidence, NO_EVIDENCE, type FusionRule } from "@/lib/gate/plate-evidence";

const ROOT = path.resolve(import.meta.dirname, "..");
const { values: args } = parseArgs({
  options: {
    set: { type: "string", default: path.join(ROOT, "ml/cache/val-set") },
    models: { type: "string", default: path.join(ROOT, "public/models") },
    tracks: { type: "string", default: "2" },
    frames: { type: "string", default: String(APPROACH.frames) },
    "min-frames": { type: "string", default: "3" },
    "show-wrong": { type: "boolean", default: false },
  },
});

type Car = { file: string; expected: string; reads: PlateReading[] };
type Outcome = { text: string | null; frame: number };

/** The rule before fusion (lib/anpr/gate-sim/frame-rule): the same plate in `frames` consecutive frames, each at least `threshold`. */
function streakRule(reads: PlateReading[], frames: number, threshold: number): Outcome {
  let state = INITIAL_DECISION;
  const settings = { autoFrames: frames, autoConfidence: threshold, cooldownSeconds: 60 };
  for (let i = 0; i < reads.length; i++) {
    const decision = decideFrame(state, [reads[i]], { settings, direction: "entry", now: i * 40 });
    if (decision.autoSubmit) return { text: decision.autoSubmit.plate, frame: i };
    state = decision.state;
  }
  return { text: null, frame: -1 };
}

function fusedRule(reads: PlateReading[], rule: FusionRule, minFrames: number, threshold: number): Outcome {
  let evidence = NO_EVIDENCE;
  for (let i = 0; i < reads.length; i++) {
    evidence = addFrameEvidence(evidence, reads[i].distributions, rule);
    const fused = fuseEvidence(evidence, rule);
    if (evidence.frames >= minFrames && fused.text !== null && fused.confidence >= threshold) return { text: fused.text, frame: i };
  }
  return { text: null, frame: -1 };
}

function tally(cars: Car[], decide: (reads: PlateReading[]) => Outcome) {
  let right = 0;
  let wrong = 0;
  const wrongCars: string[] = [];
  for (const car of cars) {
    const { text } = decide(car.reads);
    if (text === car.expected) right++;
    else if (text !== null) {
      wrong++;
      wrongCars.push(`${car.file} label ${car.expected} read ${text}`);
    }
  }
  const pct = (n: number) => ((100 * n) / cars.length).toFixed(2).padStart(6);
  return { line: `right ${pct(right)} %  wrong ${pct(wrong)} % (${wrong})  tap ${pct(cars.length - right - wrong)} %`, wrong, right, wrongCars };
}

async function main() {
  const started = performance.now();
  const anpr = await createAnpr(
    ort,
    { detector: path.join(args.models, "plate-detector.onnx"), reader: path.join(args.models, "plate-reader.onnx") },
    { intraOpNumThreads: 1, interOpNumThreads: 1 },
  );
  const rows = parseLabelsCsv(await readFile(path.join(args.set, "labels.csv"), "utf8")).filter((r) => r.kind === "crop" && r.text);
  const cars: Car[] = [];
  for (const row of rows) {
    for (let k = 0; k < Number(args.tracks); k++) {
      const random = seededRandom(seedOf(`${row.file}#${k}`));
      const reads: PlateReading[] = [];
      for (const frame of await approachFrames(path.join(args.set, row.file), random, { ...APPROACH, frames: Number(args.frames) })) reads.push(await anpr.readPlate(frame.image, frame.box));
      cars.push({ file: row.file, expected: row.text!, reads });
    }
  }
  console.log(`# ${new Date().toISOString()} ${os.cpus()[0]?.model} x${os.cpus().length}; set ${args.set}; models ${args.models}`);
  console.log(`# ${rows.length} crops x ${args.tracks} approaches = ${cars.length} cars of ${cars[0]?.reads.length} frames; read in ${((performance.now() - started) / 1000).toFixed(0)} s`);

  const single = tally(cars, (reads) => ({ text: reads.at(-1)!.text, frame: reads.length - 1 }));
  console.log(`last frame alone, any confidence:      ${single.line}`);
  for (const threshold of [0.99, 0.995]) console.log(`streak 3 frames each >= ${threshold}:     ${tally(cars, (r) => streakRule(r, 3, threshold)).line}`);

  const minFrames = Number(args["min-frames"]);
  const thresholds = [0.9, 0.95, 0.98, 0.99, 0.995, 0.998, 0.999, 0.9995, 0.9999];
  for (const maxLooks of [2, 3, 4, 6]) {
    for (const frameWeight of [0.25, 0.5, 1]) {
      for (const probabilityFloor of [1e-3, 1e-4]) {
        const rule = { frameWeight, probabilityFloor, maxLooks };
        for (const threshold of thresholds) {
          const result = tally(cars, (reads) => fusedRule(reads, rule, minFrames, threshold));
          console.log(`fused looks ${maxLooks} w ${frameWeight} floor ${probabilityFloor} min ${minFrames} >= ${threshold}: ${result.line}`);
          if (args["show-wrong"] && threshold >= 0.99) result.wrongCars.forEach((w) => console.log(`    ${w}`));
        }
      }
    }
  }
}

await main();
