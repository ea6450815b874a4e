// Gate plate reading in headless Chromium (WASM backend), on the real /gate page of a production
// build with a fake camera showing a car: model load time (cold, then warm from Cache Storage), ms per
// frame (worker: frame to pixels, detect, read), frames per second end to end, main-thread long tasks.
//   NEXT_DIST_DIR=.next npx next build && npx tsx bench/gate-inference.ts [--seconds 20] [--port 3310] [--scene car|empty] [--camera 640x480|1280x720]
// --scene empty: a road with no plate (detection only). With the car, the page auto-submits its entry once,
// during the start-up phase (before the measured window); the cooldown keeps it from being sent again.
// It starts `node scripts/start.mjs` itself on a throwaway SQLite database (NEXT_DIST_DIR picks the build).
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { createFakeCameraVideo, EMPTY_ROAD, fakeCameraArgs, FAKE_CAMERA_CARS } from "../e2e/support/fake-camera";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "20" },
    port: { type: "string", default: "3310" },
    scene: { type: "string", default: "car" },
    camera: { type: "string", default: "640x480" },
  },
});
const seconds = Number(values.seconds);
const cameraSize = /^(\d+)x(\d+)$/.exec(values.camera);
if (!cameraSize) throw new Error(`--camera takes WIDTHxHEIGHT, not ${values.camera}`);
const [cameraWidth, cameraHeight] = [Number(cameraSize[1]), Number(cameraSize[2])];
const baseURL = `http://localhost:${values.port}`;
const root = path.resolve(import.meta.dirname, "..");
const password = "bench-admin-password";

type Entry = { name: string; startTime: number; duration: number; detail?: Record<string, number | string> };
type Collected = { measures: Entry[]; longTasks: Entry[] };
declare global {
  interface Window {
    benchCollected: Collected;
  }
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), "pelak-bench-gate-"));

function startServer(): ChildProcess {
  const dir = dataDir;
  const server = spawn(process.execPath, [path.join(root, "scripts/start.mjs")], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PORT: values.port, DATABASE_URL: `file:${path.join(dir, "bench.db")}`, PELAK_DATA_DIR: dir, PELAK_ADMIN_PASSWORD: password, NEXT_TELEMETRY_DISABLED: "1" },
  });
  return server;
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (await fetch(`${baseURL}/login`).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("server did not start");
}

/**
 * Observers installed before any page script: the client's anpr:* measures and long tasks. A string,
 * not a function: tsx would wrap a function's inner functions in a helper the page does not have.
 */
const OBSERVE = `
  window.benchCollected = { measures: [], longTasks: [] };
  const keep = (list) => (entries) => {
    for (const e of entries.getEntries()) list.push({ name: e.name, startTime: e.startTime, duration: e.duration, detail: e.detail });
  };
  new PerformanceObserver(keep(window.benchCollected.measures)).observe({ type: "measure" });
  new PerformanceObserver(keep(window.benchCollected.longTasks)).observe({ type: "longtask" });
`;

const collected = (page: Page) => page.evaluate(() => window.benchCollected);

async function waitForLoad(page: Page): Promise<Entry> {
  await page.waitForFunction(() => window.benchCollected.measures.some((m) => m.name === "anpr:load"), null, { timeout: 180_000 });
  return (await collected(page)).measures.find((m) => m.name === "anpr:load")!;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
}
const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);
const p95 = (values: number[]) => percentile([...values].sort((a, b) => a - b), 95);

async function main() {
  const camera = await createFakeCameraVideo([{ image: values.scene === "empty" ? EMPTY_ROAD : FAKE_CAMERA_CARS[0].image, seconds: 2 }], {
    width: cameraWidth,
    height: cameraHeight,
  });
  const server = startServer();
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", ...fakeCameraArgs(camera)],
  });
  try {
    await waitForServer();
    // The first admin would be sent to the first-run page (/welcome); the bench measures the gate.
    const db = new Database(path.join(dataDir, "bench.db"));
    db.prepare(`UPDATE "User" SET "firstRunPending" = 0`).run();
    db.close();
    const context = await browser.newContext({ baseURL, locale: "fa-IR", viewport: { width: 1180, height: 820 } });
    await context.addInitScript(OBSERVE);
    const page = await context.newPage();
    await page.goto("/login");
    await page.locator('input[name="username"]').fill("admin");
    await page.locator('input[name="password"]').fill(password);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL("**/dashboard");

    const loadAverage = () => os.loadavg().map((l) => l.toFixed(1)).join(" ");
    const loadBefore = loadAverage();
    await page.goto("/gate");
    const cold = await waitForLoad(page);
    // Let the first frames (WASM warm-up) pass, then measure a steady window.
    await page.waitForTimeout(3_000);
    const windowStart = await page.evaluate(() => performance.now());
    await page.waitForTimeout(seconds * 1000);
    const windowEnd = await page.evaluate(() => performance.now());
    const run = await collected(page);
    const loadDuring = loadAverage();

    const inWindow = (e: Entry) => e.startTime + e.duration >= windowStart && e.startTime + e.duration <= windowEnd;
    const frames = run.measures.filter((m) => m.name === "anpr:frame" && inWindow(m));
    const inference = frames.map((f) => Number(f.detail?.inferenceMs));
    const roundTrip = frames.map((f) => f.duration);
    const longTasks = run.longTasks.filter(inWindow);
    const startupLongTasks = run.longTasks.filter((t) => t.startTime < windowStart);
    const submitted = await page.getByTestId("gate-result").getAttribute("data-status").catch(() => null);

    await page.reload();
    const warm = await waitForLoad(page);

    const result = {
      date: new Date().toISOString(),
      chromium: browser.version(),
      cpu: os.cpus()[0]?.model,
      cores: os.cpus().length,
      loadAverageBefore: loadBefore,
      loadAverageDuring: loadDuring,
      backend: cold.detail?.backend,
      threads: cold.detail?.threads,
      modelLoadColdMs: Math.round(Number(cold.detail?.loadMs)),
      modelLoadWarmMs: Math.round(Number(warm.detail?.loadMs)),
      windowSeconds: Number(((windowEnd - windowStart) / 1000).toFixed(1)),
      frames: frames.length,
      fps: Number((frames.length / ((windowEnd - windowStart) / 1000)).toFixed(1)),
      inferenceMedianMs: Number(median(inference).toFixed(1)),
      inferenceP95Ms: Number(p95(inference).toFixed(1)),
      roundTripMedianMs: Number(median(roundTrip).toFixed(1)),
      roundTripP95Ms: Number(p95(roundTrip).toFixed(1)),
      platesPerFrame: frames.length ? Number((frames.reduce((n, f) => n + Number(f.detail?.plates), 0) / frames.length).toFixed(2)) : 0,
      longTasks: longTasks.length,
      longTaskMaxMs: Math.round(Math.max(0, ...longTasks.map((t) => t.duration))),
      // Page and model load, the first frames and the car's auto-submission (before the window).
      startupLongTasks: startupLongTasks.length,
      startupLongTaskMaxMs: Math.round(Math.max(0, ...startupLongTasks.map((t) => t.duration))),
      // When, in ms since navigation (start+duration), next to the model load's start..end.
      startupLongTasksAt: startupLongTasks.map((t) => `${Math.round(t.startTime)}+${Math.round(t.duration)}`).join(" "),
      modelLoadAt: `${Math.round(cold.startTime)}..${Math.round(cold.startTime + cold.duration)}`,
      scene: values.scene,
      camera: values.camera,
      gateResult: submitted,
      commit: execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).trim(),
    };
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await browser.close();
    server.kill("SIGTERM");
  }
}

await main();
