/// <reference lib="webworker" />
// The gate's plate reader: onnxruntime-web in a module worker, so the page's main thread only draws.
import type * as OrtWeb from "onnxruntime-web";
import { downloadAssets } from "@/lib/anpr/asset-download";
import { createAnpr, type Anpr } from "@/lib/anpr/anpr-session";
import { ortBuildFor, wasmThreadCount, type AnprBackend } from "@/lib/anpr/ort-web-files";
import type { RgbImage } from "@/lib/anpr/rgb-image";
import type { FrameResult, WorkerReply, WorkerRequest } from "./anpr-client";

declare const self: DedicatedWorkerGlobalScope;
/** The part of WebGPU used here (TypeScript's DOM library does not describe it yet). */
type WebGpuNavigator = WorkerNavigator & { gpu?: { requestAdapter(): Promise<object | null> } };

const CACHE_NAME = "pelak-anpr";
const ortBase = `${self.location.origin}/ort/${process.env.PELAK_ORT_VERSION}/`;
const modelUrl = (name: string) => `${self.location.origin}/models/${name}?v=${process.env.PELAK_ANPR_MODELS_VERSION}`;

let anpr: Anpr | null = null;
let canvas: OffscreenCanvas | null = null;

const reply = (message: WorkerReply) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.type === "load") reply({ type: "loaded", ...(await load(request.backend)) });
    else reply({ type: "result", result: await recognise(request.frame) });
  } catch (error) {
    reply({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
};

async function hasWebGpuAdapter(): Promise<boolean> {
  try {
    return !!(await (self.navigator as WebGpuNavigator).gpu?.requestAdapter());
  } catch {
    return false;
  }
}

async function openCache(): Promise<Cache | null> {
  // Cache Storage exists only in secure contexts (https, localhost); elsewhere the HTTP cache serves.
  try {
    return typeof caches === "undefined" ? null : await caches.open(CACHE_NAME);
  } catch {
    return null;
  }
}

async function load(requested: AnprBackend | undefined) {
  const started = performance.now();
  const preferred = requested ?? ((await hasWebGpuAdapter()) ? "webgpu" : "wasm");
  const build = ortBuildFor(preferred);
  const threads = wasmThreadCount(self.crossOriginIsolated, self.navigator.hardwareConcurrency);
  const [ort, [wasm, detector, reader]] = await Promise.all([
    import(/* webpackIgnore: true */ /* turbopackIgnore: true */ ortBase + build.module) as Promise<typeof OrtWeb>,
    downloadAssets([ortBase + build.wasm, modelUrl("plate-detector.onnx"), modelUrl("plate-reader.onnx")], {
      fetch: (url) => fetch(url),
      cache: await openCache(),
      onProgress: (fraction) => reply({ type: "progress", fraction }),
    }),
  ]);
  ort.env.logLevel = "error";
  ort.env.wasm.wasmBinary = wasm;
  ort.env.wasm.numThreads = threads;
  const models = { detector, reader };
  let backend: AnprBackend = preferred;
  try {
    anpr = await createAnpr(ort, models, { executionProviders: [backend], logSeverityLevel: 3 });
  } catch (error) {
    if (backend !== "webgpu") throw error;
    // An adapter that cannot run the models: the JSEP build also has the CPU provider.
    console.warn("ANPR: WebGPU failed, using WASM", error);
    backend = "wasm";
    anpr = await createAnpr(ort, models, { executionProviders: [backend], logSeverityLevel: 3 });
  }
  return { backend, threads, loadMs: performance.now() - started };
}

function toImage(frame: ImageBitmap): RgbImage {
  const { width, height } = frame;
  if (!canvas || canvas.width !== width || canvas.height !== height) canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext("2d", { willReadFrequently: true });
  if (!context) throw new Error("no 2D context in the worker");
  context.drawImage(frame, 0, 0);
  frame.close();
  return { width, height, channels: 4, data: context.getImageData(0, 0, width, height).data };
}

async function recognise(frame: ImageBitmap): Promise<FrameResult> {
  if (!anpr) {
    frame.close();
    throw new Error("ANPR models are not loaded");
  }
  const started = performance.now();
  const image = toImage(frame);
  const plates = await anpr.recognisePlates(image);
  return {
    plates: plates.map((p) => ({ text: p.text, confidence: p.confidence, box: p.box, detectionScore: p.detectionScore, distributions: p.distributions })),
    width: image.width,
    height: image.height,
    inferenceMs: performance.now() - started,
  };
}
