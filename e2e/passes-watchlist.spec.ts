import { randomBytes } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import sharp from "sharp";
import { jalaliOfDay, lotDayKey } from "../lib/parking/pass-rules";
import { ADMIN, backdateEntry, signIn, typePlate, withE2eDb } from "./support";
import { test } from "./support/fake-camera";
import { recordTones, typeGatePlate } from "./support/gate-page";

test.describe.configure({ mode: "serial" });

// The camera shows noise, so the gate reads no plate by itself: only the typed ones count.
const noise = path.join(await mkdtemp(path.join(os.tmpdir(), "pelak-noise-")), "noise.png");
await sharp(randomBytes(640 * 480 * 3), { raw: { width: 640, height: 480, channels: 3 } }).png().toFile(noise);
test.use({ fakeCameraShots: [[{ image: noise, seconds: 1 }], { scope: "worker" }] });

const HOLDER = "مریم احمدی";
const PASS_PLATE = { first: "41", letter: "ص", rest: "52331", canonical: "41ص523-31" };
const DENIED = { first: "63", letter: "ط", rest: "74122", canonical: "63ط741-22" };
const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1440, height: 900 } };
/** A Jalali date `n` lot-local days from today, as an admin types it. */
const jalali = (n: number) => jalaliOfDay(lotDayKey(new Date(Date.now() + n * 86_400_000)));

test.afterAll(() =>
  withE2eDb((db) => {
    db.prepare("DELETE FROM ParkingSession WHERE plate IN (?, ?)").run(PASS_PLATE.canonical, DENIED.canonical);
    db.prepare("DELETE FROM Pass WHERE holder = ?").run(HOLDER);
    db.prepare("DELETE FROM WatchEntry WHERE plate = ?").run(DENIED.canonical);
  }),
);

async function shoot(page: Page, name: string) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `e2e/screenshots/passes-${name}-${size}.png`, fullPage: true });
  }
}

async function toEnglish(page: Page) {
  await page.setViewportSize(SIZES.desktop);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
}

async function toPersian(page: Page) {
  await page.setViewportSize(SIZES.desktop);
  await page.getByRole("button", { name: "فارسی" }).first().click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
}

test("an admin adds a pass; its holder leaves free and the exit dialog shows the holder and the days left", async ({ page }) => {
  await signIn(page, ADMIN);
  await expect(page.getByRole("navigation").getByRole("link", { name: "اشتراک‌ها" })).toHaveAttribute("href", "/admin/passes");
  await page.goto("/admin/passes");
  const form = page.getByTestId("pass-form");
  await form.getByLabel("نام دارنده").fill(HOLDER);
  await form.getByLabel("شماره همراه").fill("۰۹۱۲ ۳۴۵ ۶۷۸۹");
  await form.locator("input[name=plate1]").fill(PASS_PLATE.canonical);
  await form.getByLabel("از تاریخ").fill(jalali(-2));
  await form.getByLabel("تا تاریخ (خودش هم)").fill(jalali(3));
  await form.getByLabel("مبلغ (تومان)").fill("۱٬۵۰۰٬۰۰۰");
  await form.getByRole("button", { name: "افزودن اشتراک" }).click();
  const row = page.locator(`li[data-pass="${HOLDER}"]`);
  await expect(row).toContainText("معتبر");
  await expect(row).toContainText("۱٬۵۰۰٬۰۰۰");
  await shoot(page, "admin-fa");

  await page.goto("/dashboard");
  await page.getByRole("button", { name: "ثبت ورود" }).first().click();
  await typePlate(page, PASS_PLATE);
  await page.getByRole("dialog").getByRole("button", { name: "ثبت ورود" }).click();
  await expect(page.getByRole("dialog").getByRole("status")).toContainText("ورود ثبت شد");
  await page.keyboard.press("Escape");
  backdateEntry(PASS_PLATE.canonical, 125);

  await page.getByRole("button", { name: "ثبت خروج" }).first().click();
  await typePlate(page, PASS_PLATE);
  await page.getByRole("dialog").getByRole("button", { name: "ثبت خروج" }).click();
  await expect(page.getByTestId("exit-cost")).toHaveText("رایگان");
  await expect(page.getByTestId("pass-holder")).toContainText(`دارنده اشتراک: ${HOLDER}`);
  await expect(page.getByTestId("pass-expires")).toHaveText("اشتراک ۳ روز دیگر تمام می‌شود");
  await expect(page.getByTestId("exit-payment")).toHaveText("اشتراک");
  await shoot(page, "exit-dialog-fa");
  const stay = withE2eDb((db) => db.prepare("SELECT cost, paymentMethod FROM ParkingSession WHERE plate = ?").get(PASS_PLATE.canonical));
  expect(stay).toEqual({ cost: 0, paymentMethod: "pass" });
});

test("a denied plate is refused at the gate: red card, its own tone, nothing recorded; in Persian and English", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto("/admin/watchlist");
  const form = page.getByTestId("watch-form");
  await form.getByLabel("پلاک").fill(DENIED.canonical);
  await form.getByLabel("نوع").selectOption("deny");
  await form.getByLabel("دلیل").fill("بدهی پرداخت‌نشده");
  await form.getByRole("button", { name: "افزودن پلاک" }).click();
  await expect(page.locator(`li[data-watch="${DENIED.canonical}"]`)).toContainText("منع ورود");
  await shoot(page, "watchlist-fa");

  await recordTones(page);
  await page.evaluate(() => localStorage.setItem("pelak.gate.direction", "entry"));
  await page.goto("/gate");
  await expect(page.locator("video")).toHaveJSProperty("readyState", 4, { timeout: 30_000 });
  await typeGatePlate(page, DENIED);
  await page.getByTestId("gate-submit").click();
  const card = page.getByTestId("gate-result");
  await expect(card).toHaveAttribute("data-status", "denied");
  await expect(card).toContainText("ورود ممنوع");
  await expect(card).toContainText("بدهی پرداخت‌نشده");
  await expect.poll(() => page.evaluate(() => window.pelakTonesPlayed)).toEqual(["played"]);
  await shoot(page, "gate-denied-fa");
  expect(withE2eDb((db) => db.prepare("SELECT COUNT(*) AS n FROM ParkingSession WHERE plate = ?").get(DENIED.canonical))).toEqual({ n: 0 });

  await toEnglish(page);
  await page.goto("/gate");
  await expect(page.locator("video")).toHaveJSProperty("readyState", 4, { timeout: 30_000 });
  // The gate's own helper names the fields in Persian; in English they read:
  await page.getByLabel("First two digits").click();
  await page.keyboard.type(DENIED.first);
  await page.getByRole("button", { name: "Plate letter" }).click();
  await page.getByRole("group", { name: "Choose letter" }).getByRole("button", { name: DENIED.letter, exact: true }).click();
  await page.keyboard.type(DENIED.rest);
  await page.getByTestId("gate-submit").click();
  await expect(card).toHaveAttribute("data-status", "denied");
  await expect(card).toContainText("Entry denied");
  await expect(card).toContainText("may not enter");
  await shoot(page, "gate-denied-en");
  await toPersian(page);
});

test("admin pages in English, and a CSV with a bad row imports nothing and names the row", async ({ page }) => {
  await signIn(page, ADMIN);
  await toEnglish(page);
  await page.goto("/admin/passes");
  await expect(page.getByRole("heading", { name: "Passes", level: 1 })).toBeVisible();
  await page.getByTestId("csv-import").locator('input[type="file"]').setInputFiles({
    name: "passes.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`holder,phone,plates,valid_from,valid_to,kind,fee\nAli,09121234567,12ب345-67,${jalali(0)},${jalali(9)},free,0\nReza,12345,13ج456-78,${jalali(0)},${jalali(9)},free,0\n`),
  });
  await page.getByRole("button", { name: "Import file" }).click();
  await expect(page.getByTestId("csv-rejections")).toContainText("Line 3");
  await expect(page.getByTestId("csv-rejections")).toContainText("mobile");
  await shoot(page, "admin-en");
  await page.goto("/admin/watchlist");
  await expect(page.locator(`li[data-watch="${DENIED.canonical}"]`)).toContainText("Deny entry");
  await shoot(page, "watchlist-en");
  await page.goto(`/history/plate/${encodeURIComponent(DENIED.canonical)}`);
  await expect(page.getByTestId("plate-watch")).toContainText("Deny entry");
  await shoot(page, "plate-page-en");
  await toPersian(page);
});
