import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import * as ort from "onnxruntime-node";
import sharp from "sharp";
import { createAnpr, type Anpr } from "./anpr-session";
import type { RgbImage } from "./rgb-image";

/** Node-only helpers for the CLI, the evaluation and tests: onnxruntime-node and sharp decoding. */
export const MODELS_DIR = path.resolve(import.meta.dirname, "../../public/models");

/**
 * One intra-op thread: the speed targets are measured that way, and the gate tablet has few cores.
 * `modelsDir` holds plate-detector.onnx and plate-reader.onnx (e.g. a candidate pair being compared).
 */
export function createNodeAnpr(modelsDir: string = MODELS_DIR): Promise<Anpr> {
  return createAnpr(
    ort,
    { detector: path.join(modelsDir, "plate-detector.onnx"), reader: path.join(modelsDir, "plate-reader.onnx") },
    { intraOpNumThreads: 1, interOpNumThreads: 1 },
  );
}

/** Decodes a JPEG/PNG file to RGB, applying EXIF orientation like OpenCV did in training. */
export async function readImageFile(file: string): Promise<RgbImage> {
  const { data, info } = await sharp(file).rotate().removeAlpha().toColourspace("srgb").raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, channels: 3, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}

const IMAGE_EXTENSIONS = new Set([".jpg", ".jpeg", ".png"]);

/** Expands folders (not recursively) into their image files, sorted by name; files pass through. */
export async function listImageFiles(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    if (!(await stat(input)).isDirectory()) {
      files.push(input);
      continue;
    }
    const names = (await readdir(input)).filter((n) => IMAGE_EXTENSIONS.has(path.extname(n).toLowerCase())).sort();
    files.push(...names.map((n) => path.join(input, n)));
  }
  return files;
}
