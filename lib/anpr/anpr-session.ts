import { boxToImage, letterboxToTensor } from "./letterbox";
import { decodeDetections, type Detection } from "./decode-detections";
import { detectorInputFor, type InputSize } from "./detector-input";
import { decodeReading, type PlateReading } from "./decode-reading";
import { CROP_MARGINS, cropToReaderTensor, expandBox } from "./crop-plate";
import { READER_INPUT_HEIGHT, READER_INPUT_WIDTH } from "./reader-classes";
import type { Box, RgbImage } from "./rgb-image";
import {
  AUTO_SUBMIT_CONFIDENCE,
  DETECTION_IOU_THRESHOLD,
  DETECTION_SCORE_THRESHOLD,
  READ_MIN_CONFIDENCE,
} from "./thresholds";

/** Crop margins in the order they are tried: the middle one reads best most often (anpr-dev, synthetic set). */
export const READ_ORDER = [CROP_MARGINS[1], CROP_MARGINS[0], CROP_MARGINS[2]];

/** The parts of onnxruntime-node / onnxruntime-web used here, so either module can be passed in. */
export type OrtTensor = { readonly data: unknown; readonly dims: readonly number[] };
export type OrtSession = {
  run(feeds: Record<string, OrtTensor>): Promise<Record<string, OrtTensor>>;
  release?(): Promise<void>;
};
export type OrtSessionOptions = {
  intraOpNumThreads?: number;
  interOpNumThreads?: number;
  executionProviders?: string[];
  /** 3 = errors only: ORT warns at session creation that it keeps the detector's shape arithmetic on the CPU. */
  logSeverityLevel?: 0 | 1 | 2 | 3 | 4;
  freeDimensionOverrides?: Record<string, number>;
};
export type OrtModule = {
  Tensor: new (type: "float32", data: Float32Array, dims: readonly number[]) => OrtTensor;
  InferenceSession: {
    create(model: string | Uint8Array, options?: OrtSessionOptions): Promise<OrtSession>;
  };
};

/** Model files (Node paths or browser URLs / bytes); public/models/README.md documents their I/O. */
export type AnprModels = { detector: string | Uint8Array; reader: string | Uint8Array };

export type RecognisedPlate = PlateReading & { box: Box; detectionScore: number };

export type Anpr = {
  detectPlates(image: RgbImage): Promise<Detection[]>;
  readPlate(image: RgbImage, box?: Box): Promise<PlateReading>;
  readDetectedPlate(image: RgbImage, box: Box): Promise<PlateReading>;
  recognisePlates(image: RgbImage): Promise<RecognisedPlate[]>;
};

/** Detector sessions kept at once: a gate's camera has one size; a folder of photos may alternate between two. */
const DETECTOR_SESSIONS_KEPT = 2;

export async function createAnpr(ort: OrtModule, models: AnprModels, options: OrtSessionOptions = {}): Promise<Anpr> {
  /**
   * One detector session per input size, its free height and width fixed at creation, so ORT plans
   * the graph for that size once (docs/BENCHMARKS.md, issue 9).
   */
  const detectors = new Map<string, Promise<OrtSession>>();
  function detectorFor(input: InputSize): Promise<OrtSession> {
    const key = `${input.width}x${input.height}`;
    const kept = detectors.get(key);
    if (kept) return kept;
    const session = ort.InferenceSession.create(models.detector, { ...options, freeDimensionOverrides: { height: input.height, width: input.width } });
    detectors.set(key, session);
    if (detectors.size > DETECTOR_SESSIONS_KEPT) {
      const [oldest, dropped] = detectors.entries().next().value!;
      detectors.delete(oldest);
      void dropped.then((s) => s.release?.());
    }
    return session;
  }
  // Load both models now, so a model the backend cannot run fails here (the gate then falls back).
  await detectorFor(detectorInputFor(640, 480));
  const reader = await ort.InferenceSession.create(models.reader, options);

  async function runModel(session: OrtSession, data: Float32Array, dims: number[]): Promise<Float32Array> {
    const outputs = await session.run({ image: new ort.Tensor("float32", data, dims) });
    const output = Object.values(outputs)[0]?.data;
    if (!(output instanceof Float32Array)) throw new Error("ANPR model returned no float32 output");
    return output;
  }

  async function detectPlates(image: RgbImage): Promise<Detection[]> {
    const input = detectorInputFor(image.width, image.height);
    const { tensor, letterbox } = letterboxToTensor(image, input);
    const cells = await runModel(await detectorFor(input), tensor, [1, 3, input.height, input.width]);
    const detections = decodeDetections(cells, input, {
      scoreThreshold: DETECTION_SCORE_THRESHOLD,
      iouThreshold: DETECTION_IOU_THRESHOLD,
    });
    return detections.map((d) => ({ ...d, box: boxToImage(d.box, letterbox, image.width, image.height) }));
  }

  async function readPlate(image: RgbImage, box: Box = [0, 0, image.width, image.height]): Promise<PlateReading> {
    const logits = await runModel(reader, cropToReaderTensor(image, box), [1, 3, READER_INPUT_HEIGHT, READER_INPUT_WIDTH]);
    return decodeReading(logits, READ_MIN_CONFIDENCE);
  }

  /**
   * Reads a detector box with each crop margin and keeps the most confident reading. A reading at the
   * auto-submit confidence ends the search: on anpr-dev and the synthetic test set this changed no
   * auto-submit decision and no exact read, and it saves reader runs on most gate frames.
   */
  async function readDetectedPlate(image: RgbImage, box: Box): Promise<PlateReading> {
    const read = (margin: (typeof READ_ORDER)[number]) => readPlate(image, expandBox(box, image.width, image.height, margin));
    let best = await read(READ_ORDER[0]);
    for (const margin of READ_ORDER.slice(1)) {
      if (best.confidence >= AUTO_SUBMIT_CONFIDENCE) break;
      const reading = await read(margin);
      if (reading.confidence > best.confidence) best = reading;
    }
    return best;
  }

  async function recognisePlates(image: RgbImage): Promise<RecognisedPlate[]> {
    const plates: RecognisedPlate[] = [];
    for (const detection of await detectPlates(image)) {
      const reading = await readDetectedPlate(image, detection.box);
      plates.push({ ...reading, box: detection.box, detectionScore: detection.score });
    }
    return plates;
  }

  return { detectPlates, readPlate, readDetectedPlate, recognisePlates };
}
