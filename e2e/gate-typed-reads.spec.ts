import { randomBytes } from "node:crypto";
import { mkdtemp, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import sharp from "sharp";
import { ADMIN, signIn, withE2eDb } from "./support";
import { test } from "./support/fake-camera";
import { recordTones, typeGatePlate } from "./support/gate-page";

const PLATE = "24ج357-26";
const LATE_PLATE = "35د468-11";

// Pure noise: the hardest picture to compress, well over the 150 KB limit at the usual JPEG quality.
const noise = path.join(await mkdtemp(path.join(os.tmpdir(), "pelak-noise-")), "noise.png");
await sharp(randomBytes(640 * 480 * 3), { raw: { width: 640, height: 480, channels: 3 } }).png().toFile(noise);
test.use({ fakeCameraShots: [[{ image: noise, seconds: 1 }], { scope: "worker" }] });

test.afterAll(() => withE2eDb((db) => db.prepare("DELETE FROM ParkingSession WHERE plate IN (?, ?)").run(PLATE, LATE_PLATE)));

async function openGate(page: Page) {
  await signIn(page, ADMIN);
  await page.evaluate(() => localStorage.setItem("pelak.gate.direction", "entry"));
  await page.goto("/gate");
  await expect(page.locator("video")).toHaveJSProperty("readyState", 4, { timeout: 30_000 });
}

test("a picture too busy for the snapshot limit is sent smaller, so the car is never refused for its photo; the result sounds", async ({ page }) => {
  await recordTones(page);
  await openGate(page);
  await typeGatePlate(page, { first: "24", letter: "ج", rest: "35726" });
  await page.getByTestId("gate-submit").click();

  await expect(page.getByTestId("gate-result")).toHaveAttribute("data-status", "entry");
  await expect.poll(() => page.evaluate(() => window.pelakTonesPlayed)).toEqual(["played"]);
  const snapshot = withE2eDb((db) => db.prepare("SELECT entrySnapshot FROM ParkingSession WHERE plate = ?").get(PLATE) as { entrySnapshot: string | null });
  expect(snapshot.entrySnapshot).toBeTruthy();
  const file = path.join(process.env.PELAK_E2E_DIR ?? "", "snapshots", `${snapshot.entrySnapshot}`);
  expect((await stat(file)).size).toBeLessThanOrEqual(150_000);
});

test("a read made after the session expired waits on the tablet, and is sent once when the operator signs in again", async ({ page, context }) => {
  await openGate(page);
  await context.clearCookies();
  await typeGatePlate(page, { first: "35", letter: "د", rest: "46811" });
  await page.getByTestId("gate-submit").click();

  await expect(page.getByTestId("gate-result")).toHaveAttribute("data-status", "queued");
  await expect(page.getByTestId("gate-pending")).toHaveAttribute("data-count", "1");
  const why = page.getByTestId("gate-outbox-error");
  await expect(why).toHaveAttribute("data-code", "unauthorized");
  expect(withE2eDb((db) => db.prepare("SELECT COUNT(*) AS n FROM ParkingSession WHERE plate = ?").get(LATE_PLATE))).toEqual({ n: 0 });

  await why.getByRole("link", { name: "ورود" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await signIn(page, ADMIN);
  await page.goto("/gate");
  await expect(page.getByTestId("gate-pending")).toHaveAttribute("data-count", "0", { timeout: 15_000 });
  await expect(page.getByTestId("gate-late-results")).toContainText("ورود ثبت شد");
  expect(withE2eDb((db) => db.prepare("SELECT COUNT(*) AS n FROM ParkingSession WHERE plate = ? AND status = 'open'").get(LATE_PLATE))).toEqual({ n: 1 });
});
