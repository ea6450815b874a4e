/**
 * Evaluates the committed ANPR models on labelled sets (labels.csv in anpr-dev's format).
 *   npm run anpr:eval [-- --set <dir> ...] [--models <dir>] [--sweep]
 * Default sets: the fixed synthetic test set (python3 ml/make_synth_test.py) and ../shared/anpr-dev.
 * --sweep also prints crop accuracy/confidently-wrong rates over auto-submit thresholds.
 * Last line: each model's own median run time on one thread, without pre/post-processing.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import * as ort from "onnxruntime-node";
import sharp from "sharp";
import type { Anpr } from "@/lib/anpr/anpr-session";
import { detectorInputFor } from "@/lib/anpr/detector-input";
import type { PlateReading } from "@/lib/anpr/decode-reading";
import { parseLabelsCsv, type LabelRow } from "@/lib/anpr/labels-csv";
import { createNodeAnpr, MODELS_DIR, readImageFile } from "@/lib/anpr/node-anpr";
import { countCorrectCharacters, matchDetections, median } from "@/lib/anpr/plate-metrics";
import { READER_INPUT_HEIGHT, READER_INPUT_WIDTH } from "@/lib/anpr/reader-classes";
import { AUTO_SUBMIT_CONFIDENCE } from "@/lib/anpr/thresholds";

const ROOT = path.resolve(import.meta.dirname, "..");
const DEFAULT_SETS = [path.join(ROOT, "ml/cache/synth-test"), path.resolve(ROOT, "../shared/anpr-dev")];

type ReadResult = { expected: string; reading: PlateReading };

const pct = (n: number, d: number) => (d === 0 ? null : Number(((100 * n) / d).toFixed(2)));

function readMetrics(results: ReadResult[], threshold: number) {
  const n = results.length;
  const correct = results.filter((r) => r.reading.text === r.expected).length;
  const chars = results.reduce((s, r) => s + countCorrectCharacters(r.expected, r.reading.characters.map((c) => c.char)), 0);
  const confident = results.filter((r) => r.reading.text !== null && r.reading.confidence >= threshold);
  const wrong = confident.filter((r) => r.reading.text !== r.expected).length;
  return {
    plates: n,
    exactPct: pct(correct, n),
    charPct: pct(chars, 8 * n),
    unreadablePct: pct(results.filter((r) => r.reading.text === null).length, n),
    autoSubmittedPct: pct(confident.length, n),
    confidentlyWrongPct: pct(wrong, n),
  };
}

async function evaluateCrops(anpr: Anpr, dir: string, rows: LabelRow[]) {
  const results: ReadResult[] = [];
  const ms: number[] = [];
  for (const row of rows) {
    const image = await readImageFile(path.join(dir, row.file));
    const start = performance.now();
    const reading = await anpr.readPlate(image);
    ms.push(performance.now() - start);
    results.push({ expected: row.text ?? "", reading });
  }
  return { results, ms };
}

async function evaluateScenes(anpr: Anpr, dir: string, rows: LabelRow[]) {
  const files = [...new Set(rows.map((r) => r.file))];
  const results: ReadResult[] = [];
  const detectMs: number[] = [];
  let truthCount = 0;
  let detectedCount = 0;
  let matchedCount = 0;
  for (const file of files) {
    const truth = rows.filter((r) => r.file === file && r.box !== null);
    const image = await readImageFile(path.join(dir, file));
    const start = performance.now();
    const detections = await anpr.detectPlates(image);
    detectMs.push(performance.now() - start);
    const matchOf = matchDetections(detections, truth.map((t) => t.box!), 0.5);
    truthCount += truth.length;
    detectedCount += detections.length;
    matchedCount += matchOf.filter((m) => m >= 0).length;
    for (const [g, row] of truth.entries()) {
      if (row.text === null) continue;
      const d = matchOf[g];
      const reading = d < 0
        ? { text: null, confidence: 0, characters: [], distributions: [] }
        : await anpr.readDetectedPlate(image, detections[d].box);
      results.push({ expected: row.text, reading });
    }
  }
  const detection = { images: files.length, boxes: truthCount, recallPct: pct(matchedCount, truthCount), precisionPct: pct(matchedCount, detectedCount) };
  return { detection, results, detectMs };
}

/**
 * Detection time per frame at each camera size, over the set's scenes scaled to it (cover). A gate
 * sees one size all day; the scene list mixes sizes, and each new input shape costs ORT a re-plan
 * that msPerDetectionFrame includes.
 */
async function measureCameraDetection(anpr: Anpr, dir: string, files: string[]) {
  const result: Record<string, number> = {};
  for (const [width, height] of [[640, 480], [1280, 720]]) {
    const ms: number[] = [];
    for (const [i, file] of [...files, ...files].entries()) {
      const { data } = await sharp(path.join(dir, file)).rotate().resize(width, height, { fit: "cover" }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      const start = performance.now();
      await anpr.detectPlates({ width, height, channels: 3, data: new Uint8Array(data) });
      if (i >= files.length) ms.push(performance.now() - start);
    }
    result[`msPerDetectionFrame${width}x${height}`] = Number(median(ms).toFixed(2));
  }
  return result;
}

function sweep(results: ReadResult[]) {
  for (const t of [0.5, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.998, 0.999]) {
    console.log(JSON.stringify({ threshold: t, ...readMetrics(results, t) }));
  }
}

async function evaluateSet(anpr: Anpr, dir: string, withSweep: boolean) {
  const rows = parseLabelsCsv(await readFile(path.join(dir, "labels.csv"), "utf8"));
  const crops = await evaluateCrops(anpr, dir, rows.filter((r) => r.kind === "crop"));
  const scenes = await evaluateScenes(anpr, dir, rows.filter((r) => r.kind === "scene"));
  if (withSweep) sweep(crops.results);
  return {
    set: path.relative(ROOT, dir),
    autoSubmitThreshold: AUTO_SUBMIT_CONFIDENCE,
    crops: { ...readMetrics(crops.results, AUTO_SUBMIT_CONFIDENCE), msPerRead: Number(median(crops.ms).toFixed(2)) },
    scenes: {
      ...scenes.detection,
      endToEnd: readMetrics(scenes.results, AUTO_SUBMIT_CONFIDENCE),
      msPerDetectionFrame: Number(median(scenes.detectMs).toFixed(2)),
      ...(await measureCameraDetection(anpr, dir, [...new Set(rows.filter((r) => r.kind === "scene").map((r) => r.file))])),
    },
  };
}

/** Median session.run time of each model alone (zeros input, one thread, after warm-up); the detector at each camera size's input. */
async function measureModelsAlone(modelsDir: string) {
  const wide = detectorInputFor(1280, 720);
  const standard = detectorInputFor(640, 480);
  const models: Record<string, [string, number[]]> = {
    detector1280x720: ["plate-detector.onnx", [1, 3, wide.height, wide.width]],
    detector640x480: ["plate-detector.onnx", [1, 3, standard.height, standard.width]],
    reader: ["plate-reader.onnx", [1, 3, READER_INPUT_HEIGHT, READER_INPUT_WIDTH]],
  };
  const result: Record<string, number> = {};
  for (const [name, [file, dims]] of Object.entries(models)) {
    const session = await ort.InferenceSession.create(path.join(modelsDir, file), { intraOpNumThreads: 1, interOpNumThreads: 1 });
    const input = new ort.Tensor("float32", new Float32Array(dims.reduce((a, b) => a * b)), dims);
    const ms: number[] = [];
    for (let i = 0; i < 220; i++) {
      const start = performance.now();
      await session.run({ image: input });
      if (i >= 20) ms.push(performance.now() - start);
    }
    result[`${name}MsAlone`] = Number(median(ms).toFixed(2));
  }
  return result;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const sets = args.flatMap((a, i) => (args[i - 1] === "--set" ? [path.resolve(a)] : []));
  const models = args.flatMap((a, i) => (args[i - 1] === "--models" ? [path.resolve(a)] : []))[0] ?? MODELS_DIR;
  const anpr = await createNodeAnpr(models);
  for (const dir of sets.length ? sets : DEFAULT_SETS) {
    console.log(JSON.stringify(await evaluateSet(anpr, dir, args.includes("--sweep")), null, 2));
  }
  console.log(JSON.stringify({ modelsAlone: await measureModelsAlone(models) }));
}

await main();
