import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { CROP_FIXTURES, SCENE_FIXTURES } from "@/lib/anpr/fixtures/expected-plates";

const ROOT = path.resolve(import.meta.dirname, "..");
const FIXTURES = path.join(ROOT, "lib/anpr/fixtures");

type CliPlate = { text: string | null; confidence: number; box: number[] };
type CliLine = { file: string; plates: CliPlate[]; ms: number };

async function runCli(args: string[]): Promise<CliLine[]> {
  const tsx = path.join(ROOT, "node_modules/.bin/tsx");
  const { stdout } = await promisify(execFile)(tsx, ["scripts/anpr.ts", ...args], { cwd: ROOT });
  return stdout.trim().split("\n").map((line) => JSON.parse(line) as CliLine);
}

function expectContract(line: CliLine): void {
  expect(Object.keys(line)).toEqual(["file", "plates", "ms"]);
  expect(line.ms).toBeGreaterThan(0);
  for (const plate of line.plates) {
    expect(Object.keys(plate)).toEqual(["text", "confidence", "box"]);
    expect(plate.text === null || typeof plate.text === "string").toBe(true);
    expect(plate.confidence).toBeGreaterThanOrEqual(0);
    expect(plate.confidence).toBeLessThanOrEqual(1);
    expect(plate.box).toHaveLength(4);
  }
}

describe("npm run anpr", () => {
  it("reads a crop with --crop; the box is the whole image", async () => {
    const [crop] = CROP_FIXTURES;
    const [line, ...rest] = await runCli(["--crop", path.join(FIXTURES, crop.file)]);
    expect(rest).toEqual([]);
    expectContract(line);
    expect(line.file).toBe(path.join(FIXTURES, crop.file));
    expect(line.plates).toHaveLength(1);
    expect(line.plates[0].text).toBe(crop.text);
    expect(line.plates[0].box.slice(0, 2)).toEqual([0, 0]);
  });

  it("detects and reads a plate in a scene, with its box in image pixels", async () => {
    const [scene] = SCENE_FIXTURES;
    const [line] = await runCli([path.join(FIXTURES, scene.file)]);
    expectContract(line);
    const plate = line.plates.find((p) => p.text === scene.text);
    expect(plate?.box[0]).toBeCloseTo(scene.box[0], -1.5);
    expect(plate?.box[3]).toBeCloseTo(scene.box[3], -1.5);
  });

  it("expands a folder into one line per image, in name order", async () => {
    const lines = await runCli(["--crop", FIXTURES]);
    expect(lines.map((l) => path.basename(l.file))).toEqual(
      [...CROP_FIXTURES, ...SCENE_FIXTURES].map((f) => f.file).concat("no-plate.jpg").sort(),
    );
    lines.forEach(expectContract);
  });
});
