import os from "node:os";
import { expect, type Page } from "@playwright/test";
import { ADMIN, collectConsoleErrors, signIn } from "./support";
import { FAKE_CAMERA_CARS, test } from "./support/fake-camera";

// The gate page's plate reader on each onnxruntime-web backend, with the real models and a fake
// camera showing a known car. The gate is set to exit and the car was never let in, so every read
// ends as a refusal that shows the plate read, and no test leaves a record behind for another.
const CAR = FAKE_CAMERA_CARS[0];
test.use({ fakeCameraShots: [{ image: CAR.image, seconds: 2 }] });

/** "61ط383-10" as the result's PlateBadge shows it: Persian digits, no dash. */
const badgeText = (plate: string) => plate.replace("-", "").replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));

const hasWebGpuAdapter = (page: Page) =>
  page.evaluate(async () => {
    const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<object | null> } }).gpu;
    return !!(await gpu?.requestAdapter());
  });

async function openExitGate(page: Page) {
  await signIn(page, ADMIN);
  await page.evaluate(() => localStorage.setItem("pelak.gate.direction", "exit"));
  await page.goto("/gate");
  await expect(page.getByTestId("gate-direction")).toHaveText("گیت خروج");
}

async function expectCarRead(page: Page, timeout: number) {
  const result = page.getByTestId("gate-result");
  await expect(result).toHaveAttribute("data-status", "refused", { timeout });
  await expect(page.getByTestId("gate-refusal")).toHaveAttribute("data-code", "not_inside");
  expect((await result.textContent())?.replace(/\s/g, "")).toContain(badgeText(CAR.plate));
}

test.describe("WASM", () => {
  test("with no WebGPU adapter the WASM backend, multi-threaded in the isolated page, reads the car and the models come from the cache next time", async ({ page }) => {
    test.setTimeout(120_000);
    const errors = collectConsoleErrors(page);
    const downloads: string[] = [];
    page.on("request", (request) => {
      if (/\/models\/|\.wasm$/.test(new URL(request.url()).pathname)) downloads.push(new URL(request.url()).pathname);
    });
    await openExitGate(page);
    expect(await hasWebGpuAdapter(page)).toBe(false);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    const backend = page.getByTestId("gate-backend");
    await expect(backend).toHaveText("WASM", { timeout: 60_000 });
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    await expect(backend).toHaveAttribute("data-threads", String(Math.min(cores, 4)));
    await expectCarRead(page, 60_000);
    expect(downloads.sort()).toEqual(["/models/plate-detector.onnx", "/models/plate-reader.onnx", expect.stringMatching(/ort-wasm-simd-threaded\.wasm$/)]);

    // Cache Storage holds the runtime and both models, keyed by versioned URLs.
    const cached = await page.evaluate(async () => (await (await caches.open("pelak-anpr")).keys()).map((r) => new URL(r.url).pathname + new URL(r.url).search));
    expect(cached.sort()).toEqual([
      expect.stringMatching(/^\/models\/plate-detector\.onnx\?v=[0-9a-f]{12}$/),
      expect.stringMatching(/^\/models\/plate-reader\.onnx\?v=[0-9a-f]{12}$/),
      expect.stringMatching(/^\/ort\/\d+\.\d+\.\d+\/ort-wasm-simd-threaded\.wasm$/),
    ]);
    downloads.length = 0;
    await page.reload();
    await expect(backend).toHaveText("WASM", { timeout: 30_000 });
    expect(downloads).toEqual([]);
    expect(errors).toEqual([]);
  });
});

test.describe("insecure context", () => {
  test("over plain http on a LAN address (no Cache Storage, not isolated) the models still load, on one thread", async ({ browser, baseURL }) => {
    // The tablet is told to use https (no camera otherwise); this checks the reader does not depend on it.
    const lan = Object.values(os.networkInterfaces()).flat().find((i) => i?.family === "IPv4" && !i.internal)?.address;
    test.skip(!lan, "this machine has no non-loopback IPv4 address to reach the server over plain http");
    const context = await browser.newContext({ baseURL: baseURL!.replace("localhost", lan!) });
    try {
      const page = await context.newPage();
      await openExitGate(page);
      expect(await page.evaluate(() => ({ secure: isSecureContext, isolated: crossOriginIsolated, caches: typeof caches }))).toEqual({
        secure: false,
        isolated: false,
        caches: "undefined",
      });
      const backend = page.getByTestId("gate-backend");
      await expect(backend).toHaveText("WASM", { timeout: 60_000 });
      await expect(backend).toHaveAttribute("data-threads", "1");
      await expect(page.getByTestId("gate-camera-problem")).toBeVisible();
    } finally {
      await context.close();
    }
  });
});

test.describe("WebGPU", () => {
  test("with an adapter (SwiftShader) the WebGPU backend is chosen and reads the car", async ({ playwright, launchOptions, baseURL }) => {
    // SwiftShader runs WebGPU on the CPU: tens of seconds per frame here, too few frames for the fused
    // auto-submit (lib/gate/car-decision), so the operator confirms the reading WebGPU made.
    test.setTimeout(240_000);
    // Its own browser: the GPU process on (the config passes --disable-gpu) with Chromium's software adapter.
    const args = (launchOptions.args ?? []).filter((arg) => arg !== "--disable-gpu");
    const browser = await playwright.chromium.launch({ ...launchOptions, args: [...args, "--enable-unsafe-webgpu", "--use-webgpu-adapter=swiftshader"] });
    try {
      const page = await browser.newPage({ baseURL, locale: "fa-IR", timezoneId: "Asia/Tehran" });
      const errors = collectConsoleErrors(page);
      await openExitGate(page);
      test.skip(!(await hasWebGpuAdapter(page)), "Chromium offers no WebGPU adapter here: requestAdapter() returned null even with --enable-unsafe-webgpu --use-webgpu-adapter=swiftshader");
      await expect(page.getByTestId("gate-backend")).toHaveText("WebGPU", { timeout: 90_000 });
      await expect(page.getByTestId("gate-confidence")).toBeVisible({ timeout: 120_000 });
      await page.getByTestId("gate-submit").click();
      await expectCarRead(page, 30_000);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
