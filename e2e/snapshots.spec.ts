import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import sharp from "sharp";
import { ADMIN, collectConsoleErrors, signIn } from "./support";

// A real gate photo (lib/anpr/fixtures/README.md) and its plate.
const PHOTO = "lib/anpr/fixtures/scene-alpr-train-000742.jpg";
const PLATE = "93ه384-99";

/** The id Next gave submitGateReadAction in this build: the gate page posts it in the Next-Action header. */
function gateActionId(): string {
  const manifest = path.join(process.env.NEXT_DIST_DIR || ".next-test", "server/server-reference-manifest.json");
  const actions: Record<string, { filename: string; exportedName: string }> = JSON.parse(fs.readFileSync(manifest, "utf8")).node;
  const found = Object.entries(actions).find(([, a]) => a.filename === "app/(app)/gate/actions.ts" && a.exportedName === "submitGateReadAction");
  if (!found) throw new Error("submitGateReadAction is not in the build's server reference manifest");
  return found[0];
}

/** Calls the gate's server action the way the gate page's client does, with the context's cookies; the RSC body. */
async function submitGateRead(request: APIRequestContext, baseURL: string, direction: "entry" | "exit", jpeg: Buffer): Promise<string> {
  const read = {
    requestId: crypto.randomUUID(),
    direction,
    plate: PLATE,
    source: "auto",
    confidence: 0.998,
    snapshot: jpeg.toString("base64"),
    readAgoMs: 0,
  };
  const res = await request.post("/gate", {
    headers: { "next-action": gateActionId(), accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", origin: baseURL },
    data: JSON.stringify([read]),
  });
  expect(res.status()).toBe(200);
  return res.text();
}

test("gate snapshots show in the activity table and the stay's details, and only to signed-in users", async ({ page, browser, baseURL }) => {
  const errors = collectConsoleErrors(page);
  await signIn(page, ADMIN);
  const entryPhoto = fs.readFileSync(PHOTO);
  const exitPhoto = await sharp(entryPhoto).modulate({ brightness: 0.75 }).jpeg({ quality: 80 }).toBuffer();
  expect(await submitGateRead(page.request, baseURL ?? "", "entry", entryPhoto)).toContain('"ok":true');

  // While the car is inside, its entry photo is on its card among the cars inside, and opens the stay.
  await page.goto("/inside");
  const insideCard = page.locator(`[data-testid="inside-list"] li[data-plate="${PLATE}"]`);
  const insideThumb = insideCard.getByRole("img", { name: "عکس ورود" });
  await expect.poll(() => insideThumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await page.screenshot({ path: "e2e/screenshots/inside-snapshot-fa-desktop.png" });
  await insideCard.getByRole("button", { name: "عکس ورود" }).click();
  await expect(page.getByTestId("session-details")).toContainText("داخل پارکینگ");
  await expect(page.getByTestId("session-details").getByRole("img", { name: "عکس ورود" })).toBeVisible();
  await page.keyboard.press("Escape");

  expect(await submitGateRead(page.request, baseURL ?? "", "exit", exitPhoto)).toContain('"ok":true');

  await page.goto("/dashboard");
  const row = page.locator(`[data-testid="activity-table"] tr[data-plate="${PLATE}"]`);
  const thumbs = row.getByRole("img");
  await expect(thumbs).toHaveCount(2);
  await expect(thumbs.first()).toHaveAccessibleName("عکس ورود");
  for (const thumb of await thumbs.all()) {
    await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  }
  const imageUrl = await thumbs.first().getAttribute("src");
  expect(imageUrl).toMatch(/^\/api\/snapshots\/[0-9a-f]{32}\.jpg$/);

  await row.getByRole("button", { name: "جزئیات" }).click();
  const details = page.getByTestId("session-details");
  await expect(page.getByRole("dialog")).toContainText("جزئیات توقف");
  await expect(details).toContainText("خارج شده");
  await expect(details).toContainText("تومان");
  await expect(details.getByRole("img", { name: "عکس ورود" })).toBeVisible();
  await expect(details.getByRole("img", { name: "عکس خروج" })).toBeVisible();
  for (const img of await details.getByRole("img").all()) {
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
  }
  await page.screenshot({ path: "e2e/screenshots/session-details-fa-desktop.png" });
  await page.keyboard.press("Escape");

  // Phones get cards instead of the table, with the same thumbnails.
  await page.setViewportSize({ width: 390, height: 844 });
  const card = page.locator(`[data-testid="activity-cards"] li[data-plate="${PLATE}"]`);
  await expect(card.getByRole("img")).toHaveCount(2);
  await expect(card.getByRole("img").last()).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/activity-snapshots-fa-phone.png" });

  const signedOut = await browser.newContext();
  const res = await signedOut.request.get(imageUrl ?? "");
  expect(res.status()).toBe(401);
  expect((await res.json()).error.message_fa).toBeTruthy();
  expect(await submitGateRead(signedOut.request, baseURL ?? "", "entry", entryPhoto)).toContain('"code":"unauthorized"');
  await signedOut.close();
  expect(errors).toEqual([]);
});
