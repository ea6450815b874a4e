import { expect, test } from "@playwright/test";
import { ADMIN, addOperator, backdateEntry, collectConsoleErrors, digitsOf, signIn, typePlate } from "./support";

test.describe.configure({ mode: "serial" });

const PLATE = { first: "12", letter: "ب", rest: "34567", canonical: "12ب345-67" };
const OPERATOR = { username: "gate1", password: "operator-pass-1", name: "اپراتور ورودی" };

test("an entry shows on the dashboard and in a second browser within 2 s", async ({ page, browser }) => {
  const errors = collectConsoleErrors(page);
  await signIn(page, ADMIN);
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, ADMIN);
  // Earlier files may leave cars inside: the count must go up by one.
  await expect(otherPage.getByTestId("status-inside")).toBeVisible();
  const after = (digitsOf((await otherPage.getByTestId("status-inside").textContent()) ?? "") + 1).toLocaleString("fa-IR");

  await page.getByRole("button", { name: "ثبت ورود" }).first().click();
  await typePlate(page, PLATE);
  await expect(page.getByRole("dialog")).toContainText("پلاک معتبر است");
  await page.getByRole("dialog").getByRole("button", { name: "ثبت ورود" }).click();
  await expect(page.getByRole("dialog").getByRole("status")).toContainText("ورود ثبت شد");

  await expect(otherPage.locator(`[data-testid="activity-table"] tr[data-plate="${PLATE.canonical}"]`)).toBeVisible({ timeout: 2_000 });
  await expect(otherPage.getByTestId("status-inside")).toContainText(after, { timeout: 2_000 });
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(page.getByTestId("status-inside")).toContainText(after);
  await other.close();
  expect(errors).toEqual([]);
});

test("the same plate cannot enter twice", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.getByRole("button", { name: "ثبت ورود" }).first().click();
  await typePlate(page, PLATE);
  await page.getByRole("dialog").getByRole("button", { name: "ثبت ورود" }).click();
  await expect(page.getByRole("dialog").getByRole("alert")).toContainText("در پارکینگ است");
});

test("an entry that fails offline stays on screen and goes through once back online", async ({ page, context }) => {
  await signIn(page, ADMIN);
  await page.getByRole("button", { name: "ثبت ورود" }).first().click();
  await typePlate(page, { first: "88", letter: "ق", rest: "45678" });
  await context.setOffline(true);
  const submit = page.getByRole("dialog").getByRole("button", { name: "ثبت ورود" });
  await submit.click();
  await expect(page.getByRole("dialog").getByRole("alert")).toContainText("ارتباط با سرور برقرار نشد");
  await context.setOffline(false);
  await submit.click();
  await expect(page.getByRole("dialog").getByRole("status")).toContainText("ورود ثبت شد");
});

test("an exit after 2 h 5 min costs three started hours", async ({ page }) => {
  await signIn(page, ADMIN);
  const price = digitsOf((await page.getByTestId("status-price").textContent()) ?? "");
  // Earlier files (e.g. the audit log's) may have taken money today already.
  const revenueBefore = digitsOf((await page.getByTestId("status-revenue").textContent()) ?? "");
  backdateEntry(PLATE.canonical, 125);
  await page.getByRole("button", { name: "ثبت خروج" }).first().click();
  await typePlate(page, PLATE);
  await page.getByRole("dialog").getByRole("button", { name: "ثبت خروج" }).click();
  await expect(page.getByTestId("exit-receipt")).toBeVisible();
  await expect(page.getByTestId("exit-duration")).toHaveText("۲ ساعت و ۵ دقیقه");
  expect(digitsOf((await page.getByTestId("exit-cost").textContent()) ?? "")).toBe(3 * price);
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("status-revenue")).toContainText("تومان");
  await expect.poll(async () => digitsOf((await page.getByTestId("status-revenue").textContent()) ?? "")).toBe(revenueBefore + 3 * price);
});

test("an admin changes the hourly price", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.getByRole("navigation").getByRole("link", { name: "تنظیمات" }).click();
  await page.getByLabel("نرخ هر ساعت (تومان)").fill("۳۰۰۰۰");
  await page.getByRole("button", { name: "ذخیره" }).click();
  await expect(page.locator("form").getByRole("status")).toHaveText("تنظیمات ذخیره شد.");
  await page.getByRole("navigation").getByRole("link", { name: "داشبورد" }).click();
  await expect.poll(async () => digitsOf((await page.getByTestId("status-price").textContent()) ?? "")).toBe(30000);
});

test("an admin creates an operator", async ({ page }) => {
  await signIn(page, ADMIN);
  await addOperator(page, OPERATOR);
  await expect(page.locator("form").getByRole("status")).toContainText(OPERATOR.name);
  await expect(page.locator(`tr[data-username="${OPERATOR.username}"]`)).toContainText("اپراتور");
});

test("an operator sees no admin navigation and cannot open admin pages", async ({ page }) => {
  await signIn(page, OPERATOR);
  const nav = page.getByRole("navigation");
  await expect(nav.getByRole("link", { name: "داشبورد" })).toBeVisible();
  for (const name of ["گزارش‌ها", "تنظیمات", "کاربران", "توکن‌های API", "گزارش رویدادها"]) {
    await expect(nav.getByRole("link", { name })).toHaveCount(0);
  }
  for (const path of ["/reports", "/admin/settings", "/admin/users", "/admin/tokens", "/admin/audit"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "دسترسی ندارید" })).toBeVisible();
  }
  expect((await page.request.get("/api/app/reports")).status()).toBe(403);
});

test("an operator finds a car among the cars inside, lets it out and signs out", async ({ page }) => {
  await signIn(page, OPERATOR);
  await page.getByRole("button", { name: "ثبت ورود" }).first().click();
  await typePlate(page, { first: "77", letter: "ط", rest: "12345" });
  await page.getByRole("dialog").getByRole("button", { name: "ثبت ورود" }).click();
  await expect(page.getByRole("dialog").getByRole("status")).toBeVisible();
  await page.keyboard.press("Escape");

  await page.getByRole("navigation").getByRole("link", { name: "خودروهای داخل" }).click();
  await page.getByLabel("جستجوی پلاک").fill("۷۷ط");
  const list = page.getByTestId("inside-list");
  await expect(list.locator("li")).toHaveCount(1);
  await list.locator('li[data-plate="77ط123-45"]').getByRole("button", { name: "خروج" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "ثبت خروج" }).click();
  await expect(page.getByTestId("exit-receipt")).toBeVisible();
  await page.keyboard.press("Escape");
  await page.getByLabel("جستجوی پلاک").fill("");
  await expect(page.locator('[data-testid="inside-list"] li[data-plate="77ط123-45"]')).toHaveCount(0);

  await page.getByRole("button", { name: "خروج از حساب" }).click();
  await page.waitForURL("**/login");
});
