import { expect, test } from "@playwright/test";
import { ADMIN, signIn, withE2eDb } from "./support";

const readPrice = () => withE2eDb((db) => (db.prepare("SELECT pricePerHour FROM Setting WHERE id = 1").get() as { pricePerHour: number }).pricePerHour);

test("the price shows grouped digits and words while typing, saves the plain number, and names the range when wrong", async ({ page }) => {
  const original = readPrice();
  await signIn(page, ADMIN);
  await page.goto("/admin/settings");
  const price = page.getByLabel("نرخ هر ساعت (تومان)");
  await price.fill("");
  await price.pressSequentially("1500000");
  await expect(price).toHaveValue("۱٬۵۰۰٬۰۰۰");
  await expect(page.getByTestId("pricePerHour-words")).toHaveText("یک میلیون و پانصد هزار تومان");
  // A digit typed in the middle stays where it was typed, and the caret after it.
  await price.press("Home");
  await price.press("ArrowRight");
  await price.press("2");
  await expect(price).toHaveValue("۱۲٬۵۰۰٬۰۰۰");
  await price.press("Backspace");
  await expect(price).toHaveValue("۱٬۵۰۰٬۰۰۰");

  await page.getByRole("button", { name: "ذخیره" }).click();
  await expect(page.getByText("تنظیمات ذخیره شد.")).toBeVisible();
  expect(readPrice()).toBe(1_500_000);

  // Empty or out of range: the message says what is allowed, before anything is sent.
  await price.fill("");
  await page.getByLabel("ظرفیت (تعداد جای پارک)").fill("۰");
  await page.getByRole("button", { name: "ذخیره" }).click();
  await expect(page.getByText("باید بین ۰ و ۱۰۰٬۰۰۰٬۰۰۰ باشد.")).toBeVisible();
  await expect(page.getByText("باید بین ۱ و ۱۰۰٬۰۰۰ باشد.")).toBeVisible();
  expect(readPrice()).toBe(1_500_000);

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await page.reload();
  const enPrice = page.getByLabel("Price per hour (Toman)");
  await expect(enPrice).toHaveValue("1,500,000");
  await expect(page.getByTestId("pricePerHour-words")).toHaveText("one million five hundred thousand Toman");
  await enPrice.fill("");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Must be between 0 and 100000000.")).toBeVisible();
  await enPrice.pressSequentially(String(original));
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  expect(readPrice()).toBe(original);
  await page.getByRole("button", { name: "فارسی" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});
