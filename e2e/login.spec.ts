import { expect, test } from "@playwright/test";

test("a signed-out visitor is sent to the login page", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});

test("wrong credentials and too many attempts get clear messages", async ({ page }) => {
  await page.goto("/login");
  await page.locator('button[type="submit"]').click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("نام کاربری و رمز عبور را وارد کنید.");
  await page.locator('input[name="username"]').fill("no-such-user");
  await page.locator('input[name="password"]').fill("wrong-password");
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.locator('button[type="submit"]').click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("نام کاربری یا رمز عبور نادرست است.");
  }
  await page.locator('button[type="submit"]').click();
  await expect(page.locator("form").getByRole("alert")).toContainText("تلاش‌های ناموفق زیاد بود");
  // The block's time left: one minute after the fifth wrong password.
  await expect(page.locator("form").getByRole("alert")).toContainText("۱ دقیقه دیگر دوباره امتحان کنید");
});
