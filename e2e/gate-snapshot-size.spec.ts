import { randomBytes } from "node:crypto";
import { mkdtemp, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect } from "@playwright/test";
import sharp from "sharp";
import { ADMIN, signIn, withE2eDb } from "./support";
import { test } from "./support/fake-camera";

const PLATE = "24ج357-26";

declare global {
  interface Window {
    pelakTonesPlayed: string[];
  }
}

// Pure noise: the hardest picture to compress, well over the 150 KB limit at the usual JPEG quality.
const noise = path.join(await mkdtemp(path.join(os.tmpdir(), "pelak-noise-")), "noise.png");
await sharp(randomBytes(640 * 480 * 3), { raw: { width: 640, height: 480, channels: 3 } }).png().toFile(noise);
test.use({ fakeCameraShots: [[{ image: noise, seconds: 1 }], { scope: "worker" }] });

test.afterAll(() => withE2eDb((db) => db.prepare("DELETE FROM ParkingSession WHERE plate = ?").run(PLATE)));

test("a picture too busy for the snapshot limit is sent smaller, so the car is never refused for its photo; the result sounds", async ({ page }) => {
  // Records what the result tones' <audio> elements did when asked to play.
  await page.addInitScript(() => {
    const played: string[] = [];
    Object.assign(window, { pelakTonesPlayed: played });
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      const started = play.call(this);
      started.then(() => !this.muted && played.push("played"), (error: Error) => played.push(error.name));
      return started;
    };
  });
  await signIn(page, ADMIN);
  await page.evaluate(() => localStorage.setItem("pelak.gate.direction", "entry"));
  await page.goto("/gate");
  await expect(page.locator("video")).toHaveJSProperty("readyState", 4, { timeout: 30_000 });

  await page.getByLabel("دو رقم اول").click();
  await page.keyboard.type("24");
  await page.getByRole("button", { name: "حرف پلاک" }).click();
  await page.getByRole("group", { name: "انتخاب حرف" }).getByRole("button", { name: "ج", exact: true }).click();
  await page.keyboard.type("35726");
  await page.getByTestId("gate-submit").click();

  await expect(page.getByTestId("gate-result")).toHaveAttribute("data-status", "entry");
  await expect.poll(() => page.evaluate(() => window.pelakTonesPlayed)).toEqual(["played"]);
  const snapshot = withE2eDb((db) => db.prepare("SELECT entrySnapshot FROM ParkingSession WHERE plate = ?").get(PLATE) as { entrySnapshot: string | null });
  expect(snapshot.entrySnapshot).toBeTruthy();
  const file = path.join(process.env.PELAK_E2E_DIR ?? "", "snapshots", `${snapshot.entrySnapshot}`);
  expect((await stat(file)).size).toBeLessThanOrEqual(150_000);
});
