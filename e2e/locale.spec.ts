import { expect, test } from "@playwright/test";
import { ADMIN, collectConsoleErrors, signIn } from "./support";

test("the dashboard switches between Persian (RTL) and English (LTR)", async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await signIn(page, ADMIN);
  const html = page.locator("html");
  await expect(html).toHaveAttribute("lang", "fa");
  await expect(html).toHaveAttribute("dir", "rtl");
  await expect(page.getByTestId("status-capacity")).toHaveText(/[۰-۹]/);

  await page.getByRole("button", { name: /English/ }).click();
  await expect(html).toHaveAttribute("lang", "en");
  await expect(html).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(page.getByTestId("status-capacity")).toHaveText(/^Capacity\s*[0-9,]+$/);

  await page.reload();
  await expect(html).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: /فارسی/ }).click();
  await expect(html).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { name: "داشبورد" })).toBeVisible();
  expect(errors).toEqual([]);
});
