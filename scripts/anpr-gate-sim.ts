/**
 * Gate simulation: approaching-car clips built from ../shared/anpr-dev's labelled scenes, every frame
 * through the detection, reading and decision code /gate runs. Per car: registered right, wrong, or
 * left for a tap, and after how many frames.
 *   npm run anpr:gate-sim [-- --decider car|frame|all] [--models <dir>] [--size 1280x720|640x480|both] [--limit N] [--json <file>]
 * Output: tab-separated car rows, then one JSON headline per decider and camera size.
 */
import { writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { loadGateCars } from "@/lib/anpr/gate-sim/gate-cars";
import { CAMERA_SIZES, type FrameSize } from "@/lib/anpr/gate-sim/clip-geometry";
import { summariseCars } from "@/lib/anpr/gate-sim/car-outcome";
import { createCarDecider, createFrameDecider, type SimDecider } from "@/lib/anpr/gate-sim/decider";
import { simulateCar, type CarResult } from "@/lib/anpr/gate-sim/simulate-car";
import { createNodeAnpr, MODELS_DIR } from "@/lib/anpr/node-anpr";

const ROOT = path.resolve(import.meta.dirname, "..");
const SCENES_DIR = path.resolve(ROOT, "../shared/anpr-dev");

/** The decision rules that can be simulated, by name. */
const DECIDERS: Record<string, () => SimDecider> = {
  car: () => createCarDecider(),
  frame: () => createFrameDecider(),
};

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function parseArgs(args: string[]) {
  const decider = option(args, "--decider") ?? "car";
  if (decider !== "all" && !Object.hasOwn(DECIDERS, decider)) throw new Error(`--decider: one of ${[...Object.keys(DECIDERS), "all"].join(", ")}`);
  const size = option(args, "--size") ?? "both";
  const sizes = CAMERA_SIZES.filter((s) => size === "both" || size === `${s.width}x${s.height}`);
  if (!sizes.length) throw new Error("--size: 1280x720, 640x480 or both");
  const limit = Number(option(args, "--limit") ?? Infinity);
  const json = option(args, "--json");
  return {
    deciders: decider === "all" ? Object.keys(DECIDERS) : [decider],
    models: path.resolve(option(args, "--models") ?? MODELS_DIR),
    sizes,
    limit,
    json: json && path.resolve(json),
  };
}

const sizeName = (s: FrameSize) => `${s.width}x${s.height}`;
const ms = (n: number | null) => (n === null ? "-" : n.toFixed(0));

function carRow(decider: string, size: FrameSize, r: CarResult): string {
  const outcome = r.otherCar ? "wrong(other car)" : r.outcome;
  const fields = [decider, sizeName(size), r.file, r.plate, outcome, r.frames ?? "-", ms(r.virtualMs), ms(r.computeMsToSubmit), r.submitted ?? "-", r.secondPlate ?? "-"];
  return fields.join("\t");
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const cpu = os.cpus();
  console.log(`# ${new Date().toISOString()} ${cpu[0]?.model ?? "?"} x${cpu.length} node ${process.version} models ${path.relative(ROOT, args.models) || "."}`);
  const anpr = await createNodeAnpr(args.models);
  const cars = (await loadGateCars(SCENES_DIR)).slice(0, args.limit);
  const results: Record<string, CarResult[]> = {};
  const headlines: object[] = [];
  console.log(["decider", "size", "file", "plate", "outcome", "frames", "virtualMs", "computeMs", "submitted", "second"].join("\t"));
  for (const name of args.deciders) {
    const decider = DECIDERS[name]();
    for (const size of args.sizes) {
      const rows: CarResult[] = [];
      for (const car of cars) {
        rows.push(await simulateCar(anpr, decider, SCENES_DIR, car, size));
        console.log(carRow(name, size, rows[rows.length - 1]));
      }
      results[`${name} ${sizeName(size)}`] = rows;
      headlines.push({ decider: name, size: sizeName(size), ...summariseCars(rows) });
    }
  }
  for (const headline of headlines) console.log(JSON.stringify(headline));
  if (args.json) await writeFile(args.json, JSON.stringify({ machine: { cpu: cpu[0]?.model, cores: cpu.length }, date: new Date().toISOString(), headlines, results }, null, 2));
}

await main();
