import { expect, test } from "@playwright/test";
import { ADMIN, backdateEntry, collectConsoleErrors, signIn, typePlate, withE2eDb } from "./support";

// Shown with a left-to-right mark after the letter, which keeps the plate in order inside Persian text.
const PLATE = { first: "47", letter: "ج", rest: "91326", canonical: "47ج913-26", shown: /۴۷ج\u200e?۹۱۳-۲۶/ };
const LOT_NAME = "پارکینگ آزمون رویدادها";

test("the audit log says in words what happened to a plate and which settings changed, filtered by plate and action", async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await signIn(page, ADMIN);
  await page.getByRole("button", { name: "ثبت ورود" }).first().click();
  await typePlate(page, PLATE);
  await page.getByRole("dialog").getByRole("button", { name: "ثبت ورود" }).click();
  await expect(page.getByRole("dialog").getByRole("status")).toContainText("ورود ثبت شد");
  await page.keyboard.press("Escape");
  backdateEntry(PLATE.canonical, 95);
  await page.getByRole("button", { name: "ثبت خروج" }).first().click();
  await typePlate(page, PLATE);
  await page.getByRole("dialog").getByRole("button", { name: "ثبت خروج" }).click();
  await expect(page.getByTestId("exit-receipt")).toBeVisible();
  await page.keyboard.press("Escape");

  await page.goto("/admin/settings");
  const lotName = page.getByLabel("نام پارکینگ");
  const oldName = await lotName.inputValue();
  await lotName.fill(LOT_NAME);
  await page.getByRole("button", { name: "ذخیره" }).click();
  await expect(page.locator("form").getByRole("status")).toHaveText("تنظیمات ذخیره شد.");

  // By plate, typed with Persian digits and no dash: the entry and the exit, newest first.
  await page.goto("/admin/audit");
  await page.getByLabel("پلاک").fill("۴۷ ج ۹۱۳۲۶");
  await page.getByRole("button", { name: "نمایش" }).click();
  await expect(page).toHaveURL(/plate=/);
  const rows = page.locator("main tbody tr");
  await expect(rows).toHaveCount(2);
  for (const header of ["زمان", "انجام‌دهنده", "رویداد", "شرح"]) await expect(page.getByRole("columnheader", { name: header })).toBeVisible();
  await expect(rows.nth(0)).toContainText("ثبت خروج");
  await expect(rows.nth(0)).toContainText(PLATE.shown);
  await expect(rows.nth(0)).toContainText("پس از ۱ ساعت و ۳۵ دقیقه، هزینه");
  await expect(rows.nth(0)).toContainText("تومان");
  await expect(rows.nth(1)).toContainText("ثبت ورود");
  await expect(rows.nth(1)).toContainText(PLATE.shown);
  await expect(page.getByLabel("پلاک")).toHaveValue("۴۷ ج ۹۱۳۲۶");
  await page.screenshot({ path: "e2e/screenshots/audit-log-plate-fa.png", fullPage: true });

  // By action: the settings change, field by field, old ← new.
  await page.getByRole("link", { name: "پاک کردن فیلترها" }).click();
  await page.getByLabel("رویداد", { exact: true }).selectOption({ label: "تغییر تنظیمات" });
  await page.getByRole("button", { name: "نمایش" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("تغییر تنظیمات");
  await expect(rows.first()).toContainText("۱ مورد از تنظیمات تغییر کرد");
  await expect(rows.first()).toContainText(`نام پارکینگ: «${oldName}» ← «${LOT_NAME}»`);
  await page.screenshot({ path: "e2e/screenshots/audit-log-settings-fa.png", fullPage: true });

  // On a phone each event is a card, with nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/admin/audit?plate=${encodeURIComponent(PLATE.canonical)}`);
  await expect(rows).toHaveCount(2);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: "e2e/screenshots/audit-log-phone-fa.png", fullPage: true });

  // A date that cannot be read is named, not a failed page; the other filters still apply.
  await page.goto("/admin/audit?from=1405/13/40&action=entry.register");
  await expect(page.getByText("تاریخ «1405/13/40» خوانده نشد")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("ثبت ورود");

  await page.goto("/admin/settings");
  await page.getByLabel("نام پارکینگ").fill(oldName);
  await page.getByRole("button", { name: "ذخیره" }).click();
  await expect(page.locator("form").getByRole("status")).toHaveText("تنظیمات ذخیره شد.");
  expect(errors).toEqual([]);
});

test("older pages keep the filters", async ({ page }) => {
  withE2eDb((db) => {
    const insert = db.prepare(`INSERT INTO AuditLog (at, actor, action, entity, after) VALUES (?, 'system:0:sweeper', 'snapshots.orphans', 'Snapshot', ?)`);
    for (let i = 55; i >= 1; i--) insert.run(new Date(Date.now() - i * 60_000).toISOString().replace("Z", "+00:00"), JSON.stringify({ files: i }));
  });
  await signIn(page, ADMIN);
  await page.goto("/admin/audit?action=snapshots.orphans&person=sweeper");
  const rows = page.locator("main tbody tr");
  await expect(rows).toHaveCount(50);
  await expect(rows.first()).toContainText("۱ عکس بی‌صاحب پاک شد");
  await page.getByRole("link", { name: "موارد قدیمی‌تر" }).click();
  await expect(page).toHaveURL(/person=sweeper&action=snapshots.orphans&before=\d+/);
  await expect(rows).toHaveCount(5);
  await expect(rows.last()).toContainText("۵۵ عکس بی‌صاحب پاک شد");
  await expect(page.getByRole("link", { name: "موارد قدیمی‌تر" })).toHaveCount(0);
});
