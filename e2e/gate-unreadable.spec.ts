import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect } from "@playwright/test";
import sharp from "sharp";
import { createNodeAnpr, readImageFile } from "../lib/anpr/node-anpr";
import { ADMIN, collectConsoleErrors, signIn, withE2eDb } from "./support";
import { cameraFrame, EMPTY_ROAD, FAKE_CAMERA_CARS, test } from "./support/fake-camera";
import { recordTones } from "./support/gate-page";

const CAR = FAKE_CAMERA_CARS[0];
const TABLET = { landscape: { width: 1180, height: 820 }, portrait: { width: 820, height: 1180 } };
const READ_TIMEOUT = 60_000;
/** The car's two first digits in the photo, in its pixels: painted over below, like a plate caked in mud. */
const FIRST_DIGITS = { left: 142, top: 410, width: 42, height: 44 };

declare global {
  interface Window {
    pelakUnreadableCards: number[];
  }
}

async function muddyPlatePhoto(): Promise<string> {
  const mud = await sharp({ create: { width: FIRST_DIGITS.width, height: FIRST_DIGITS.height, channels: 3, background: { r: 225, g: 228, b: 230 } } })
    .png()
    .toBuffer();
  const photo = path.join(await mkdtemp(path.join(os.tmpdir(), "pelak-muddy-")), "muddy-plate.jpg");
  await sharp(CAR.image).composite([{ input: mud, left: FIRST_DIGITS.left, top: FIRST_DIGITS.top }]).jpeg({ quality: 95 }).toFile(photo);
  return photo;
}

/** The premise of this file, checked with the same models in Node: a plate is found in the frame, and none can be read. */
async function readCameraFrame(photo: string) {
  const frame = path.join(path.dirname(photo), "frame.jpg");
  await writeFile(frame, await cameraFrame(photo));
  const anpr = await createNodeAnpr();
  return anpr.recognisePlates(await readImageFile(frame));
}

const MUDDY = await muddyPlatePhoto();

// The car with the unreadable plate comes, then the road is empty, again and again.
test.use({ fakeCameraShots: [[{ image: MUDDY, seconds: 3 }, { image: EMPTY_ROAD, seconds: 1 }], { scope: "worker" }] });

const removeCar = () => withE2eDb((db) => db.prepare("DELETE FROM ParkingSession WHERE plate = ?").run(CAR.plate));
test.beforeAll(removeCar);
test.afterAll(removeCar);

test("a plate in view that cannot be read is announced once per car, and the operator types it", async ({ page }) => {
  test.setTimeout(120_000);
  const plates = await readCameraFrame(MUDDY);
  expect(plates.length).toBeGreaterThan(0);
  expect(plates.map((plate) => plate.text)).toEqual(plates.map(() => null));

  const errors = collectConsoleErrors(page);
  await recordTones(page);
  await page.addInitScript(() => {
    // Each notice is a new card (one per car): note when each one appears.
    const cards: number[] = [];
    Object.assign(window, { pelakUnreadableCards: cards });
    new MutationObserver((records) => {
      for (const added of records.flatMap((record) => [...record.addedNodes])) {
        if (added instanceof HTMLElement && added.matches('[data-testid="gate-result"][data-status="unreadable"]')) cards.push(performance.now());
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.setViewportSize(TABLET.landscape);
  await signIn(page, ADMIN);
  await page.evaluate(() => localStorage.setItem("pelak.gate.direction", "entry"));
  await page.goto("/gate");
  await page.getByTestId("gate-direction").click(); // the operator's first tap lets the page play sounds

  const result = page.getByTestId("gate-result");
  await expect(result).toHaveAttribute("data-status", "unreadable", { timeout: READ_TIMEOUT });
  await expect(result).toContainText("پلاک خوانا نیست");
  await expect(result).toContainText("شمارهٔ پلاک را دستی وارد کنید.");
  await expect(page.getByLabel("دو رقم اول")).toBeFocused();
  await expect(page.getByRole("form", { name: "پلاک خوانده‌شده یا دستی" })).toHaveAttribute("data-highlight", "true");
  await expect.poll(() => page.evaluate(() => window.pelakTonesPlayed)).toEqual(["played"]);

  // Each car (after the empty road) gets its own notice, and only one: the video loops every 4 s (3 s
  // of the car, 1 s of road), so the second and third notices, both made as a car arrives, are a loop apart.
  await expect.poll(() => page.evaluate(() => window.pelakUnreadableCards.length), { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
  const [, second, third] = await page.evaluate(() => window.pelakUnreadableCards);
  expect(third - second).toBeGreaterThan(3_000);
  for (const [orientation, viewport] of Object.entries(TABLET)) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `e2e/screenshots/gate-unreadable-${orientation}.png` });
  }

  await page.keyboard.type("61");
  await page.getByRole("button", { name: "حرف پلاک" }).click();
  await page.getByRole("group", { name: "انتخاب حرف" }).getByRole("button", { name: "ط", exact: true }).click();
  await page.keyboard.type("38310");
  await page.getByTestId("gate-submit").click();
  await expect.poll(() => withE2eDb((db) => db.prepare("SELECT status FROM ParkingSession WHERE plate = ?").get(CAR.plate))).toEqual({ status: "open" });
  expect(errors).toEqual([]);
});
