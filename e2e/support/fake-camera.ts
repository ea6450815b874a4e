import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test as base } from "@playwright/test";
import sharp from "sharp";

/**
 * A fake camera for Chromium (--use-file-for-fake-video-capture): an MJPEG file (JPEG frames back to
 * back, played at 30 fps and looped) built at test time from committed photos, so no video is committed.
 */
const FIXTURES = path.resolve(import.meta.dirname, "../../lib/anpr/fixtures");
/** Chromium plays an .mjpeg file at this fixed rate. */
export const FAKE_CAMERA_FPS = 30;

/**
 * Photos whose plates the models read at 0.998 a frame through this fake camera in Chromium (WASM
 * backend), which the gate's fusion over frames takes past its default 0.9999 within a few frames;
 * the e2e specs depend on it.
 */
export const FAKE_CAMERA_CARS = [
  { image: path.join(FIXTURES, "scene-alpr-train-002050.jpg"), plate: "61ط383-10" },
  { image: path.join(FIXTURES, "scene-alpr-train-000742.jpg"), plate: "93ه384-99" },
] as const;
/** A street with no plate in it. */
export const EMPTY_ROAD = path.join(FIXTURES, "no-plate.jpg");

export type FakeCameraShot = { image: string; seconds: number };

/** One camera frame: the photo scaled to cover width × height (centre crop), as a JPEG. */
export function cameraFrame(image: string, width = 640, height = 480): Promise<Buffer> {
  return sharp(image).rotate().resize(width, height, { fit: "cover" }).jpeg({ quality: 90 }).toBuffer();
}

/** Writes the shots one after the other (e.g. empty road, then a car) and returns the file's path. */
export async function createFakeCameraVideo(shots: FakeCameraShot[], options: { dir?: string; width?: number; height?: number } = {}): Promise<string> {
  const dir = options.dir ?? (await mkdtemp(path.join(os.tmpdir(), "pelak-camera-")));
  const frames: Buffer[] = [];
  for (const shot of shots) {
    const frame = await cameraFrame(shot.image, options.width, options.height);
    for (let i = 0; i < Math.max(1, Math.round(shot.seconds * FAKE_CAMERA_FPS)); i++) frames.push(frame);
  }
  const file = path.join(dir, "camera.mjpeg");
  await writeFile(file, Buffer.concat(frames));
  return file;
}

export function fakeCameraArgs(file: string): string[] {
  return ["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", `--use-file-for-fake-video-capture=${file}`];
}

/**
 * Playwright `test` whose browser has the fake camera: `test.use({ fakeCameraShots: [...] })` at the
 * top of a spec file (worker-scoped: one browser per file; the video starts from its first frame at
 * each getUserMedia). `launchOptions` carries the camera flags for a test that launches its own browser.
 */
export const test = base.extend<object, { fakeCameraShots: FakeCameraShot[]; fakeCameraFile: string }>({
  fakeCameraShots: [[{ image: FAKE_CAMERA_CARS[0].image, seconds: 1 }], { scope: "worker", option: true }],
  fakeCameraFile: [async ({ fakeCameraShots }, use) => use(await createFakeCameraVideo(fakeCameraShots)), { scope: "worker" }],
  launchOptions: [
    async ({ launchOptions, fakeCameraFile }, use) =>
      use({ ...launchOptions, args: [...(launchOptions.args ?? []), ...fakeCameraArgs(fakeCameraFile)] }),
    { scope: "worker" },
  ],
});
