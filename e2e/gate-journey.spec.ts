import { expect, type Page } from "@playwright/test";
import { ADMIN, addOperator, backdateEntry, collectConsoleErrors, digitsOf, signIn, withE2eDb } from "./support";
import { FAKE_CAMERA_CARS, test } from "./support/fake-camera";
import { typeGatePlate } from "./support/gate-page";

// Each test may wait READ_TIMEOUT for the models and again for a read: more than the default 60 s.
test.describe.configure({ mode: "serial", timeout: 180_000 });

const CAR = FAKE_CAMERA_CARS[0];
/** Typed by hand; never inside. */
const TYPED = { first: "24", letter: "ج", rest: "35726", canonical: "24ج357-26" };
const OPERATOR = { username: "gate-cam", password: "gate-cam-pass-1", name: "متصدی گیت" };
const TABLET = { landscape: { width: 1180, height: 820 }, portrait: { width: 820, height: 1180 } };
/** First page load compiles nothing but fetches the runtime and models: allow for a slow 2-core machine. */
const READ_TIMEOUT = 60_000;

// An array value has to be wrapped with its scope, or Playwright reads it as [value, options].
test.use({ fakeCameraShots: [[{ image: CAR.image, seconds: 2 }], { scope: "worker" }] });

type SessionRow = { status: string; cost: number | null; entrySnapshot: string | null; exitSnapshot: string | null };

const sessionOf = (plate: string) =>
  withE2eDb((db) => db.prepare("SELECT status, cost, entrySnapshot, exitSnapshot FROM ParkingSession WHERE plate = ? ORDER BY id DESC").get(plate) as SessionRow | undefined);

const setAutoConfidence = (value: number) => withE2eDb((db) => db.prepare("UPDATE Setting SET gateAutoConfidence = ? WHERE id = 1").run(value));

// The files share one database and parking-journey, which runs later, expects an empty lot and only its own revenue today.
test.afterAll(() => withE2eDb((db) => db.prepare("DELETE FROM ParkingSession WHERE plate IN (?, ?)").run(CAR.plate, TYPED.canonical)));

async function screenshotBothWays(page: Page, name: string) {
  for (const [orientation, viewport] of Object.entries(TABLET)) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(500); // the boxes are redrawn at the new size on the next frame read
    await expect(page.locator('canvas[data-plates="1"]')).toBeAttached();
    await page.screenshot({ path: `e2e/screenshots/gate-${name}-${orientation}.png` });
  }
}

test("an admin adds the gate operator", async ({ page }) => {
  await signIn(page, ADMIN);
  await addOperator(page, OPERATOR);
  await expect(page.locator(`tr[data-username="${OPERATOR.username}"]`)).toBeVisible();
});

test("the direction switch shows no choice until the device's is read, then is one tab stop moved by the arrow keys", async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await signIn(page, OPERATOR);
  await page.evaluate(() => localStorage.setItem("pelak.gate.direction", "exit"));
  // The server cannot know the tablet's choice: its HTML must not show "entry" chosen for a moment.
  const html = await (await page.request.get("/gate")).text();
  expect(html.match(/role="radio" aria-checked="(true|false)"/g)).toEqual(['role="radio" aria-checked="false"', 'role="radio" aria-checked="false"']);

  await page.goto("/gate");
  const [entry, exit] = [page.getByRole("radio", { name: "ورود" }), page.getByRole("radio", { name: "خروج" })];
  await expect(exit).toHaveAttribute("aria-checked", "true");
  await expect(exit).toHaveAttribute("tabindex", "0");
  await expect(entry).toHaveAttribute("tabindex", "-1");
  await exit.focus();
  await page.keyboard.press("ArrowLeft"); // forward in a right-to-left page
  await expect(entry).toBeFocused();
  await expect(entry).toHaveAttribute("aria-checked", "true");
  await expect(page.getByTestId("gate-direction")).toHaveText("گیت ورود");
  await expect(entry).toHaveAttribute("tabindex", "0");
  await page.keyboard.press("ArrowDown");
  await expect(exit).toBeFocused();
  await expect(page.getByTestId("gate-direction")).toHaveText("گیت خروج");
  await page.keyboard.press("ArrowRight");
  await expect(entry).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(exit).toBeFocused();
  expect(await page.evaluate(() => localStorage.getItem("pelak.gate.direction"))).toBe("exit");
  // One tab stop: Tab leaves the group, Shift+Tab comes back to the chosen option.
  await page.keyboard.press("Tab");
  await expect(entry).not.toBeFocused();
  await expect(exit).not.toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(exit).toBeFocused();
  expect(errors).toEqual([]);
});

/** In full screen the picture takes the height the result and the plate input leave it, and all of them fit on the screen. */
async function expectPictureFillsScreen(page: Page, minShareOfHeight: number) {
  const viewport = page.viewportSize() ?? { width: 0, height: 0 };
  const picture = await page.getByTestId("gate-video").boundingBox();
  expect(picture?.height).toBeGreaterThan(viewport.height * minShareOfHeight);
  for (const part of [page.getByTestId("gate-result"), page.getByTestId("gate-submit")]) {
    const box = await part.boundingBox();
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(viewport.height);
  }
}

test("the entry gate reads the car in the video and registers it without a tap", async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.setViewportSize(TABLET.landscape);
  await signIn(page, OPERATOR);
  // Privacy: everything the gate page sends from here on (the video must never leave the tablet).
  const uploads: { url: string; body: string }[] = [];
  page.on("request", (request) => {
    if (request.method() !== "GET") uploads.push({ url: request.url(), body: request.postData() ?? "" });
  });
  page.on("websocket", (socket) => uploads.push({ url: socket.url(), body: "websocket" }));
  await page.getByRole("navigation").getByRole("link", { name: "گیت" }).click();
  await page.getByRole("radio", { name: "ورود" }).click();
  await expect(page.getByTestId("gate-direction")).toHaveText("گیت ورود");

  await expect(page.getByTestId("gate-backend")).toHaveText(/^(WASM|WebGPU)$/, { timeout: READ_TIMEOUT });
  const result = page.getByTestId("gate-result");
  await expect(result).toHaveAttribute("data-status", "entry", { timeout: READ_TIMEOUT });
  await expect(result).toContainText("ورود ثبت شد");
  await expect(page.getByTestId("gate-pending")).toHaveAttribute("data-count", "0");
  await expect.poll(() => sessionOf(CAR.plate)?.status).toBe("open");
  expect(sessionOf(CAR.plate)?.entrySnapshot).toBeTruthy();

  // The car stays in front of the camera: the cooldown keeps it from being sent again.
  await page.waitForTimeout(2_000);
  await expect(result).toHaveAttribute("data-status", "entry");
  await expect(page.getByTestId("gate-fps")).not.toHaveAttribute("data-value", "");
  // Hundreds of frames were read, yet one request left the page: the entry's plate and its one snapshot.
  expect(uploads).toHaveLength(1);
  expect(new URL(uploads[0].url).pathname).toBe("/gate");
  expect(uploads[0].body).toContain(CAR.plate);
  expect(uploads[0].body.length).toBeLessThan(220_000);
  await screenshotBothWays(page, "entry");

  // On a phone the page scrolls down, never sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: "e2e/screenshots/gate-entry-phone.png", fullPage: true });

  await page.setViewportSize(TABLET.landscape);
  const fullscreen = page.getByRole("button", { name: "تمام‌صفحه" });
  await fullscreen.click();
  await expect(fullscreen).toHaveAttribute("aria-pressed", "true");
  expect(await page.evaluate(() => document.fullscreenElement?.getAttribute("data-testid"))).toBe("gate-station");
  await expectPictureFillsScreen(page, 0.75);
  await page.screenshot({ path: "e2e/screenshots/gate-fullscreen-landscape.png" });
  await page.setViewportSize(TABLET.portrait);
  await expect(fullscreen).toHaveAttribute("aria-pressed", "true");
  await expectPictureFillsScreen(page, 0.55);
  await page.screenshot({ path: "e2e/screenshots/gate-fullscreen-portrait.png" });
  await page.getByRole("button", { name: "خروج از تمام‌صفحه" }).click();
  await expect(fullscreen).toHaveAttribute("aria-pressed", "false");

  await page.setViewportSize(TABLET.landscape); // the activity table (cards below lg)
  await page.goto("/dashboard");
  await expect(page.locator(`[data-testid="activity-table"] tr[data-plate="${CAR.plate}"]`)).toBeVisible();
  expect(errors).toEqual([]);
});

test("an exit gate on another tablet lets the car out with its cost, and refuses a car that is not inside", async ({ browser }) => {
  backdateEntry(CAR.plate, 125);
  const tablet = await browser.newContext({ viewport: TABLET.portrait });
  const page = await tablet.newPage();
  const errors = collectConsoleErrors(page);
  await signIn(page, OPERATOR);
  await page.evaluate(() => localStorage.setItem("pelak.gate.direction", "exit"));
  await page.goto("/gate");
  await expect(page.getByTestId("gate-direction")).toHaveText("گیت خروج");
  await expect(page.getByRole("radio", { name: "خروج" })).toHaveAttribute("aria-checked", "true");

  const result = page.getByTestId("gate-result");
  await expect(result).toHaveAttribute("data-status", "exit", { timeout: READ_TIMEOUT });
  await expect(page.getByTestId("gate-exit-duration")).toContainText(/۲ ساعت و [۵۶] دقیقه/);
  const session = sessionOf(CAR.plate);
  expect(session?.status).toBe("closed");
  expect(session?.exitSnapshot).toBeTruthy();
  expect(digitsOf((await page.getByTestId("gate-exit-cost").textContent()) ?? "")).toBe(session?.cost);
  expect(session?.cost).toBeGreaterThan(0);
  await screenshotBothWays(page, "exit");

  // Typed by hand (camera or not): a car that never came in is refused with the reason.
  await typeGatePlate(page, TYPED);
  await page.getByTestId("gate-submit").click();
  await expect(result).toHaveAttribute("data-status", "refused");
  await expect(page.getByTestId("gate-refusal")).toHaveText("این خودرو داخل پارکینگ نیست.");
  await screenshotBothWays(page, "refused");
  await tablet.close();
  expect(errors).toEqual([]);
});

test("below the auto-submit confidence the operator confirms the reading with one tap (English)", async ({ browser, baseURL }) => {
  setAutoConfidence(1);
  try {
    const tablet = await browser.newContext({ viewport: TABLET.landscape });
    await tablet.addCookies([{ name: "locale", value: "en", url: baseURL }]);
    const page = await tablet.newPage();
    const errors = collectConsoleErrors(page);
    await signIn(page, OPERATOR);
    await page.goto("/gate");
    await expect(page.getByTestId("gate-direction")).toHaveText("Entry gate");
    await expect(page.getByTestId("gate-confidence")).toContainText("Confidence", { timeout: READ_TIMEOUT });
    await expect(page.getByTestId("gate-result")).toHaveCount(0);
    await screenshotBothWays(page, "confirm-en");

    const result = page.getByTestId("gate-result");
    await page.getByRole("button", { name: "Register entry" }).click();
    await expect(result).toHaveAttribute("data-status", "entry");
    await expect(result).toContainText("Entry registered");
    await page.getByRole("radio", { name: "Exit" }).click();
    await expect(page.getByTestId("gate-confidence")).toBeVisible();
    await page.getByRole("button", { name: "Register exit" }).click();
    await expect(result).toHaveAttribute("data-status", "exit");
    expect(sessionOf(CAR.plate)?.status).toBe("closed");
    await tablet.close();
    expect(errors).toEqual([]);
  } finally {
    setAutoConfidence(0.9999);
  }
});

test("with the camera refused the gate says so and a typed plate still goes through", async ({ browser }) => {
  const tablet = await browser.newContext({ viewport: TABLET.portrait });
  await tablet.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException("refused by the test", "NotAllowedError"));
  });
  const page = await tablet.newPage();
  await signIn(page, OPERATOR);
  await page.goto("/gate");
  await expect(page.getByTestId("gate-camera-problem")).toContainText("اجازهٔ استفاده از دوربین داده نشد");
  await typeGatePlate(page, TYPED);
  await page.getByTestId("gate-submit").click();
  const result = page.getByTestId("gate-result");
  await expect(result).toHaveAttribute("data-status", "entry");
  expect(sessionOf(TYPED.canonical)?.entrySnapshot).toBeNull();
  await tablet.close();
});
