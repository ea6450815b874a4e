import { expect, test, type Page } from "@playwright/test";
import { ADMIN, signIn } from "./support";

const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

async function screenshots(page: Page, locale: "fa" | "en") {
  for (const [name, size] of Object.entries(SIZES)) {
    await page.setViewportSize(size);
    await expect(page.getByTestId("status-capacity")).toBeVisible();
    await page.screenshot({ path: `e2e/screenshots/dashboard-${locale}-${name}.png`, fullPage: true });
  }
}

test("the dashboard switches between Persian (RTL) and English (LTR)", async ({ page }) => {
  await signIn(page, ADMIN);
  const html = page.locator("html");
  await expect(html).toHaveAttribute("lang", "fa");
  await expect(html).toHaveAttribute("dir", "rtl");
  await expect(page.getByTestId("status-capacity")).toHaveText(/[۰-۹]/);
  await screenshots(page, "fa");

  await page.setViewportSize(SIZES.desktop);
  await page.getByRole("button", { name: /English/ }).click();
  await expect(html).toHaveAttribute("lang", "en");
  await expect(html).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(page.getByTestId("status-capacity")).toHaveText(/^Capacity\s*[0-9,]+$/);
  await screenshots(page, "en");

  await page.reload();
  await expect(html).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: /فارسی/ }).click();
  await expect(html).toHaveAttribute("dir", "rtl");
});
