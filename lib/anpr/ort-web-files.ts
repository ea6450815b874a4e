/**
 * The onnxruntime-web files the gate worker loads, served same-origin by app/ort/[version]/[file]
 * straight from node_modules/onnxruntime-web/dist (so they always match the installed version).
 * WebGPU uses the JSEP build, which also runs the plain WASM execution provider.
 */
export type AnprBackend = "webgpu" | "wasm";

export const ORT_WEB_FILES: Record<string, string> = {
  "ort.wasm.min.mjs": "text/javascript; charset=utf-8",
  "ort-wasm-simd-threaded.mjs": "text/javascript; charset=utf-8",
  "ort-wasm-simd-threaded.wasm": "application/wasm",
  "ort.min.mjs": "text/javascript; charset=utf-8",
  "ort-wasm-simd-threaded.jsep.mjs": "text/javascript; charset=utf-8",
  "ort-wasm-simd-threaded.jsep.wasm": "application/wasm",
};

export function ortBuildFor(backend: AnprBackend): { module: string; wasm: string } {
  return backend === "webgpu"
    ? { module: "ort.min.mjs", wasm: "ort-wasm-simd-threaded.jsep.wasm" }
    : { module: "ort.wasm.min.mjs", wasm: "ort-wasm-simd-threaded.wasm" };
}

/** WASM threads need SharedArrayBuffer, i.e. a cross-origin isolated page; more than 4 brings little for these small models. */
export function wasmThreadCount(crossOriginIsolated: boolean, hardwareConcurrency: number | undefined): number {
  if (!crossOriginIsolated) return 1;
  return Math.max(1, Math.min(hardwareConcurrency || 1, 4));
}
