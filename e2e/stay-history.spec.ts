import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN, backdateEntry, collectConsoleErrors, digitsOf, signIn, typePlate } from "./support";

const PLATE = { first: "58", letter: "س", rest: "72419", canonical: "58س724-19" };
const OTHER = { first: "58", letter: "ص", rest: "72433", canonical: "58ص724-33" };

async function register(page: Page, plate: typeof PLATE, button: "ثبت ورود" | "ثبت خروج") {
  await page.getByRole("button", { name: button }).first().click();
  await typePlate(page, plate);
  await page.getByRole("dialog").getByRole("button", { name: button }).click();
  if (button === "ثبت ورود") await expect(page.getByRole("dialog").getByRole("status")).toContainText("ورود ثبت شد");
  else await expect(page.getByTestId("exit-receipt")).toBeVisible();
  await page.keyboard.press("Escape");
}

test("stay history: filtered by a plate typed in Persian digits, the plate's page with its totals, and the CSV", async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await signIn(page, ADMIN);
  await register(page, PLATE, "ثبت ورود");
  backdateEntry(PLATE.canonical, 125);
  await register(page, PLATE, "ثبت خروج");
  await register(page, OTHER, "ثبت ورود");

  await page.getByRole("link", { name: "تاریخچه" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("تاریخچهٔ ورود و خروج");
  const rows = page.locator("main tbody tr");
  await expect(rows.first()).toBeVisible();

  // A fragment both plates share, in Persian digits: two stays; the whole plate: one.
  await page.getByLabel("پلاک یا بخشی از آن").fill("۷۲۴");
  await page.getByRole("button", { name: "نمایش" }).click();
  await expect(page).toHaveURL(/plate=/);
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText("داخل پارکینگ");
  await page.getByLabel("پلاک یا بخشی از آن").fill("۵۸ س ۷۲۴ ۱۹");
  await page.getByRole("button", { name: "نمایش" }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("خارج شده");
  await expect(rows.first()).toContainText("۲ ساعت و ۵ دقیقه");
  const cost = digitsOf((await rows.first().locator("td").nth(4).textContent()) ?? "");
  expect(cost).toBeGreaterThan(0);
  await page.screenshot({ path: "e2e/screenshots/stay-history-fa.png", fullPage: true });

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "دریافت CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^pelak-stays-14\d\d-\d\d-\d\d\.csv$/);
  const csv = fs.readFileSync(await download.path(), "utf8");
  expect(csv.startsWith("\uFEFFشناسه,پلاک,")).toBe(true);
  const lines = csv.trim().split("\r\n");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(`,${PLATE.canonical},`);
  expect(lines[1]).toContain(`,125,${cost},خارج شده,`);

  await rows.first().getByRole("link", { name: PLATE.canonical }).click();
  await expect(page).toHaveURL(/\/history\/plate\//);
  const summary = page.getByTestId("plate-summary");
  await expect(summary).toContainText("تعداد ورود۱");
  await expect(summary).toContainText("۲ ساعت و ۵ دقیقه");
  expect(digitsOf((await summary.locator("dd").nth(1).textContent()) ?? "")).toBe(cost);
  await expect(rows).toHaveCount(1);
  await page.screenshot({ path: "e2e/screenshots/stay-history-plate-fa.png", fullPage: true });

  // On a phone each stay is a card, with nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/history?plate=${encodeURIComponent("۷۲۴")}`);
  await expect(rows).toHaveCount(2);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: "e2e/screenshots/stay-history-phone-fa.png", fullPage: true });
  await page.goto(`/history/plate/${encodeURIComponent(PLATE.canonical)}`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: "e2e/screenshots/stay-history-plate-phone-fa.png", fullPage: true });
  expect(errors).toEqual([]);
});
