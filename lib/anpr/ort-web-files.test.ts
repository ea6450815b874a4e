import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ORT_WEB_FILES, ortBuildFor, wasmThreadCount } from "./ort-web-files";

describe("ort-web-files", () => {
  it("lists only files the installed onnxruntime-web ships, including both builds", () => {
    const dist = path.resolve(import.meta.dirname, "../../node_modules/onnxruntime-web/dist");
    for (const file of Object.keys(ORT_WEB_FILES)) expect(existsSync(path.join(dist, file)), file).toBe(true);
    for (const backend of ["webgpu", "wasm"] as const) {
      const build = ortBuildFor(backend);
      expect(ORT_WEB_FILES[build.module]).toMatch(/javascript/);
      expect(ORT_WEB_FILES[build.wasm]).toBe("application/wasm");
    }
  });

  it("uses threads only when cross-origin isolated, at most 4", () => {
    expect(wasmThreadCount(false, 8)).toBe(1);
    expect(wasmThreadCount(true, 2)).toBe(2);
    expect(wasmThreadCount(true, 16)).toBe(4);
    expect(wasmThreadCount(true, undefined)).toBe(1);
  });
});
