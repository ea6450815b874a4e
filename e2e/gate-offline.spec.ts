import { expect } from "@playwright/test";
import { ADMIN, collectConsoleErrors, signIn, withE2eDb } from "./support";
import { EMPTY_ROAD, FAKE_CAMERA_CARS, test } from "./support/fake-camera";

const [CAR_A, CAR_B] = FAKE_CAMERA_CARS;
const PLATES = [CAR_A.plate, CAR_B.plate];
const READ_TIMEOUT = 90_000;

// Two cars pass the camera one after the other, again and again.
test.use({
  fakeCameraShots: [
    [
      { image: CAR_A.image, seconds: 3 },
      { image: EMPTY_ROAD, seconds: 1 },
      { image: CAR_B.image, seconds: 3 },
      { image: EMPTY_ROAD, seconds: 1 },
    ],
    { scope: "worker" },
  ],
});

type Recorded = { plate: string; sessions: number; withSnapshot: number; audits: number };

function recorded(plate: string): Recorded {
  return withE2eDb((db) => {
    const sessions = db.prepare("SELECT COUNT(*) AS n, COUNT(entrySnapshot) AS s FROM ParkingSession WHERE plate = ?").get(plate) as { n: number; s: number };
    const audits = db
      .prepare("SELECT COUNT(*) AS n FROM AuditLog WHERE action = 'entry.register' AND entityId IN (SELECT CAST(id AS TEXT) FROM ParkingSession WHERE plate = ?)")
      .get(plate) as { n: number };
    return { plate, sessions: sessions.n, withSnapshot: sessions.s, audits: audits.n };
  });
}

// Later files expect an empty lot.
const removeCars = () => withE2eDb((db) => db.prepare(`DELETE FROM ParkingSession WHERE plate IN (?, ?)`).run(...PLATES));
test.beforeAll(removeCars);
test.afterAll(removeCars);

test("offline after a single visit, the gate restarts from its cache, queues two cars, and sends each once when the network returns", async ({ page, context }) => {
  test.setTimeout(300_000);
  const errors = collectConsoleErrors(page);
  await signIn(page, ADMIN);

  // The tablet's first visit, online: the service worker and the reader's cache fill up. As an exit
  // gate the cars in the video are refused (not inside), so nothing is recorded yet.
  await page.evaluate(() => localStorage.setItem("pelak.gate.direction", "exit"));
  let sentReads = 0;
  page.on("request", (request) => request.method() === "POST" && sentReads++);
  await page.goto("/gate");
  await expect(page.getByTestId("gate-backend")).toHaveText(/^(WASM|WebGPU)$/, { timeout: READ_TIMEOUT });
  // Both cars refused at this exit gate (each is then held back by the cooldown), none left waiting.
  await expect.poll(() => sentReads, { timeout: READ_TIMEOUT }).toBeGreaterThanOrEqual(2);
  await expect(page.getByTestId("gate-pending")).toHaveAttribute("data-count", "0", { timeout: READ_TIMEOUT });
  // A first visit: the page and its scripts were fetched before the service worker existed, so the
  // page lists them for it to keep; wait until it keeps the page, every build file the page loaded,
  // and the reader's runtime module (imported by its worker).
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const cache = await caches.open("pelak-gate-shell-v1");
          const kept = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
          const loaded = performance.getEntriesByType("resource").map((entry) => new URL(entry.name).pathname);
          const needed = ["/gate", ...loaded.filter((path) => path.startsWith("/_next/static/"))];
          return needed.every((path) => kept.has(path)) && [...kept].some((path) => path.endsWith("/ort.wasm.min.mjs"));
        }),
      { timeout: 30_000 },
    )
    .toBe(true);

  // The network goes down; the tablet is turned to entry and restarted.
  await context.setOffline(true);
  await page.evaluate(() => localStorage.setItem("pelak.gate.direction", "entry"));
  const reload = await page.reload();
  expect(reload?.fromServiceWorker()).toBe(true);
  await expect(page.getByTestId("gate-direction")).toHaveText("گیت ورود");
  await expect(page.getByTestId("gate-backend")).toHaveText(/^(WASM|WebGPU)$/, { timeout: READ_TIMEOUT });

  const pending = page.getByTestId("gate-pending");
  await expect(pending).toHaveAttribute("data-count", "2", { timeout: READ_TIMEOUT });
  await expect(pending).toContainText("۲");
  await expect(page.getByTestId("gate-result")).toHaveAttribute("data-status", "queued");
  expect(PLATES.map(recorded).map((r) => r.sessions)).toEqual([0, 0]);

  // Several more passes of both cars while offline: the cooldown keeps them from queueing twice.
  await page.waitForTimeout(9_000);
  await expect(pending).toHaveAttribute("data-count", "2");

  await context.setOffline(false);
  await expect(pending).toHaveAttribute("data-count", "0", { timeout: 45_000 });
  await expect
    .poll(() => PLATES.map(recorded), { timeout: 10_000 })
    .toEqual(PLATES.map((plate) => ({ plate, sessions: 1, withSnapshot: 1, audits: 1 })));
  // The card of the last queued car turns into its outcome; the other car's answer is listed below it.
  await expect(page.getByTestId("gate-result")).toHaveAttribute("data-status", "entry");
  await expect(page.getByTestId("gate-late-results")).toContainText("ورود ثبت شد");
  await page.screenshot({ path: "e2e/screenshots/gate-offline-sent.png" });

  // Offline fetch failures are expected console noise; nothing else may fail.
  expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/.test(e))).toEqual([]);
});

test("the gate can be installed as an app: manifest with start URL /gate, icons, and a service worker", async ({ page, request }) => {
  await signIn(page, ADMIN);
  await page.goto("/gate");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBeTruthy();
  const manifest = await (await request.get(href ?? "")).json();
  expect(manifest).toMatchObject({ start_url: "/gate", display: "fullscreen", lang: "fa", dir: "rtl" });
  const sizes = (manifest.icons as { sizes: string; src: string; type: string }[]).map((icon) => icon.sizes);
  expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of manifest.icons as { src: string; type: string }[]) {
    const response = await request.get(icon.src);
    expect(response.ok(), icon.src).toBe(true);
    expect(response.headers()["content-type"]).toContain(icon.type);
  }
  expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL)).toMatch(/\/sw\.js$/);
});
