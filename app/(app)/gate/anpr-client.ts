import type { AnprBackend } from "@/lib/anpr/ort-web-files";

export type { AnprBackend };
/**
 * One plate in a frame; box in frame pixels [x1, y1, x2, y2]; text null when unreadable; per slot the
 * reader's class probabilities, which lib/gate/car-decision fuses over the car's frames.
 */
export type FramePlate = {
  text: string | null;
  confidence: number;
  box: [number, number, number, number];
  detectionScore: number;
  distributions: number[][];
};
export type FrameResult = { plates: FramePlate[]; width: number; height: number; inferenceMs: number };
export type LoadResult = { backend: AnprBackend; threads: number; loadMs: number };

export type AnprClient = {
  /** Downloads (or takes from the cache) the runtime and models and starts the sessions. */
  load(onProgress: (fraction: number) => void): Promise<LoadResult>;
  /** Takes ownership of the frame (transferred to the worker). Rejects with AnprBusyError while a call is running. */
  recognise(frame: ImageBitmap): Promise<FrameResult>;
  dispose(): void;
};

export type WorkerRequest = { type: "load"; backend?: AnprBackend } | { type: "recognise"; frame: ImageBitmap };
export type WorkerReply =
  | { type: "progress"; fraction: number }
  | ({ type: "loaded" } & LoadResult)
  | { type: "result"; result: FrameResult }
  | { type: "error"; message: string };

/** The worker is still on the previous call: the caller skips this frame rather than queueing it. */
export class AnprBusyError extends Error {
  constructor() {
    super("ANPR worker is busy");
    this.name = "AnprBusyError";
  }
}

/**
 * A User Timing entry per load and per frame, for a PerformanceObserver (bench/gate-inference.ts);
 * cleared at once so a gate running all day does not pile them up.
 */
function measure(name: string, start: number, detail: Record<string, unknown>) {
  performance.measure(name, { start, end: performance.now(), detail });
  performance.clearMeasures(name);
}

type Pending = { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void; onProgress?: (fraction: number) => void };

/** Plate recognition in a Web Worker; with no option WebGPU when the browser has an adapter, WASM otherwise. */
export function createAnprClient(options: { backend?: AnprBackend } = {}): AnprClient {
  const worker = new Worker(new URL("./anpr-worker.ts", import.meta.url), { type: "module", name: "anpr" });
  let pending: Pending | null = null;

  const settle = (action: (p: Pending) => void) => {
    const current = pending;
    pending = null;
    if (current) action(current);
  };
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const message = event.data;
    if (message.type === "progress") pending?.onProgress?.(message.fraction);
    else if (message.type === "error") settle((p) => p.reject(new Error(message.message)));
    else settle((p) => p.resolve(message));
  };
  worker.onerror = (event) => settle((p) => p.reject(new Error(event.message || "ANPR worker failed to start")));

  function call(request: WorkerRequest, transfer: Transferable[], onProgress?: (fraction: number) => void): Promise<WorkerReply> {
    if (pending) return Promise.reject(new AnprBusyError());
    return new Promise((resolve, reject) => {
      pending = { resolve, reject, onProgress };
      worker.postMessage(request, transfer);
    });
  }

  return {
    async load(onProgress) {
      const started = performance.now();
      const reply = await call({ type: "load", backend: options.backend }, [], onProgress);
      if (reply.type !== "loaded") throw new Error(`unexpected worker reply ${reply.type}`);
      measure("anpr:load", started, { backend: reply.backend, threads: reply.threads, loadMs: reply.loadMs });
      return { backend: reply.backend, threads: reply.threads, loadMs: reply.loadMs };
    },
    async recognise(frame) {
      if (pending) {
        frame.close();
        throw new AnprBusyError();
      }
      const started = performance.now();
      const reply = await call({ type: "recognise", frame }, [frame]);
      if (reply.type !== "result") throw new Error(`unexpected worker reply ${reply.type}`);
      measure("anpr:frame", started, { inferenceMs: reply.result.inferenceMs, plates: reply.result.plates.length });
      return reply.result;
    },
    dispose() {
      worker.terminate();
      settle((p) => p.reject(new Error("ANPR client disposed")));
    },
  };
}
