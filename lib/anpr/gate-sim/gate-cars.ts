import { readFile } from "node:fs/promises";
import path from "node:path";
import { canonicalPlate } from "@/lib/parking/plate";
import { parseLabelsCsv } from "../labels-csv";
import type { Box } from "../rgb-image";

/** One simulated car: a labelled scene plate with text, and every labelled plate of that scene. */
export type GateCar = {
  /** The scene file, relative to the set's folder; also the car's seed. */
  file: string;
  plate: string;
  box: Box;
  /** All labelled plate boxes in the scene, this car's included (parked cars may be in view). */
  sceneBoxes: Box[];
  /** The texts of the scene's other labelled plates: registering one of them is "other car". */
  otherPlates: string[];
};

/** The cars of a labels.csv set (anpr-dev format), in file order. */
export async function loadGateCars(dir: string): Promise<GateCar[]> {
  const scenes = parseLabelsCsv(await readFile(path.join(dir, "labels.csv"), "utf8")).filter((r) => r.kind === "scene" && r.box);
  const cars: GateCar[] = [];
  for (const row of scenes) {
    const plate = row.text && canonicalPlate(row.text);
    if (!plate) continue;
    const inScene = scenes.filter((r) => r.file === row.file);
    cars.push({
      file: row.file,
      plate,
      box: row.box!,
      sceneBoxes: inScene.map((r) => r.box!),
      otherPlates: inScene.filter((r) => r !== row && r.text).map((r) => canonicalPlate(r.text!) ?? r.text!),
    });
  }
  return cars.sort((a, b) => a.file.localeCompare(b.file));
}
