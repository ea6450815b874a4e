/**
 * Plate recognition CLI: one JSON line per image.
 *   npm run --silent anpr -- [--crop] <image files or folders>
 * --crop: every image is a plate crop; it is only read, and the box is the whole image.
 * "ms" covers decoding the file and recognising its plates (one onnxruntime thread).
 */
import path from "node:path";
import type { Anpr } from "@/lib/anpr/anpr-session";
import { createNodeAnpr, listImageFiles, readImageFile } from "@/lib/anpr/node-anpr";
import type { Box } from "@/lib/anpr/rgb-image";

type CliPlate = { text: string | null; confidence: number; box: Box };

const round = (value: number, digits: number) => Number(value.toFixed(digits));

async function recogniseFile(anpr: Anpr, file: string, cropMode: boolean): Promise<CliPlate[]> {
  const image = await readImageFile(file);
  if (cropMode) {
    const reading = await anpr.readPlate(image);
    return [{ text: reading.text, confidence: reading.confidence, box: [0, 0, image.width, image.height] }];
  }
  const plates = await anpr.recognisePlates(image);
  return plates.map((p) => ({ text: p.text, confidence: p.confidence, box: p.box }));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const cropMode = args.includes("--crop");
  const inputs = args.filter((a) => a !== "--crop");
  if (inputs.length === 0) {
    process.stderr.write("usage: npm run --silent anpr -- [--crop] <image files or folders>\n");
    process.exit(2);
  }
  const anpr = await createNodeAnpr();
  for (const file of await listImageFiles(inputs)) {
    const start = performance.now();
    const plates = await recogniseFile(anpr, file, cropMode);
    const ms = round(performance.now() - start, 1);
    const rounded = plates.map((p) => ({ ...p, confidence: round(p.confidence, 4), box: p.box.map((v) => round(v, 1)) }));
    process.stdout.write(`${JSON.stringify({ file: path.normalize(file), plates: rounded, ms })}\n`);
  }
}

await main();
