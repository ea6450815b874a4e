import path from "node:path";
import * as ort from "onnxruntime-node";
import { describe, expect, it } from "vitest";
import { createAnpr, READ_ORDER, type OrtModule } from "./anpr-session";
import { expandBox } from "./crop-plate";
import { MODELS_DIR, readImageFile } from "./node-anpr";
import { AUTO_SUBMIT_CONFIDENCE } from "./thresholds";

/** onnxruntime-node with each session's runs counted (the reader is the second session created). */
function countingOrt(): { ortModule: OrtModule; runs: number[] } {
  const runs: number[] = [];
  const ortModule: OrtModule = {
    Tensor: ort.Tensor,
    InferenceSession: {
      async create(model, options) {
        const session = await ort.InferenceSession.create(model as string, options);
        const index = runs.push(0) - 1;
        return {
          run(feeds) {
            runs[index] += 1;
            return session.run(feeds as Record<string, ort.Tensor>);
          },
        };
      },
    },
  };
  return { ortModule, runs };
}

describe("readDetectedPlate", () => {
  it("stops at the first crop margin read at the auto-submit confidence, else keeps the best of all", async () => {
    const { ortModule, runs } = countingOrt();
    const models = { detector: path.join(MODELS_DIR, "plate-detector.onnx"), reader: path.join(MODELS_DIR, "plate-reader.onnx") };
    const anpr = await createAnpr(ortModule, models, { intraOpNumThreads: 1 });
    for (const file of ["scene-alpr-train-002050.jpg", "scene-alpr-train-001146.jpg"]) {
      const image = await readImageFile(path.join(import.meta.dirname, "fixtures", file));
      const [detection] = await anpr.detectPlates(image);
      const each = [];
      for (const margin of READ_ORDER) each.push(await anpr.readPlate(image, expandBox(detection.box, image.width, image.height, margin)));
      const firstConfident = each.findIndex((r) => r.confidence >= AUTO_SUBMIT_CONFIDENCE);
      const before = runs[1];
      const reading = await anpr.readDetectedPlate(image, detection.box);
      const expected = firstConfident >= 0 ? each[firstConfident] : each.reduce((b, r) => (r.confidence > b.confidence ? r : b));
      expect(reading).toEqual(expected);
      expect(runs[1] - before).toBe(firstConfident >= 0 ? firstConfident + 1 : READ_ORDER.length);
    }
  });
});
