import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Anpr } from "./anpr-session";
import { boxIou } from "./non-max-suppression";
import { createNodeAnpr, readImageFile } from "./node-anpr";
import { AUTO_SUBMIT_CONFIDENCE } from "./thresholds";
import { CROP_FIXTURES, SCENE_FIXTURES } from "./fixtures/expected-plates";

const fixture = (file: string) => path.join(import.meta.dirname, "fixtures", file);

let anpr: Anpr;
beforeAll(async () => {
  anpr = await createNodeAnpr();
});

describe("committed models on sample photos", () => {
  it.each(CROP_FIXTURES)("reads the crop $file as $text", async ({ file, text }) => {
    const reading = await anpr.readPlate(await readImageFile(fixture(file)));
    expect(reading.text).toBe(text);
    expect(reading.characters).toHaveLength(8);
  });

  it.each(SCENE_FIXTURES)("finds and reads $text in the scene $file", async ({ file, text, box }) => {
    const plates = await anpr.recognisePlates(await readImageFile(fixture(file)));
    const plate = plates.find((p) => boxIou(p.box, box) >= 0.5);
    expect(plate?.text).toBe(text);
  });

  it("gives no confident plate text for a photo without a plate", async () => {
    const plates = await anpr.recognisePlates(await readImageFile(fixture("no-plate.jpg")));
    expect(plates.filter((p) => p.text !== null && p.confidence >= AUTO_SUBMIT_CONFIDENCE)).toEqual([]);
  });
});
