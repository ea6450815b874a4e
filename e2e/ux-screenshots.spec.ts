import { expect, test, type Page } from "@playwright/test";
import { ADMIN, signIn } from "./support";

// Pages changed by the UX polish, in both languages at phone, tablet and desktop sizes (e2e/screenshots/, git-ignored).
const SIZES = { phone: { width: 390, height: 844 }, tablet: { width: 820, height: 1180 }, desktop: { width: 1440, height: 900 } };
const PAGES = { dashboard: "/dashboard", inside: "/inside", settings: "/admin/settings" };

async function captureAll(page: Page, locale: "fa" | "en") {
  for (const [name, path] of Object.entries(PAGES)) {
    await page.goto(path);
    for (const [size, viewport] of Object.entries(SIZES)) {
      await page.setViewportSize(viewport);
      await expect(page.getByTestId("header-lot-name")).toBeVisible();
      if (name === "settings") await page.locator("[data-testid=settings-advanced] summary").click();
      await page.screenshot({ path: `e2e/screenshots/ux-${name}-${locale}-${size}.png`, fullPage: true });
      if (name === "settings") await page.locator("[data-testid=settings-advanced] summary").click();
    }
  }
  await page.goto("/dashboard");
  await page.setViewportSize(SIZES.phone);
  await page.getByRole("navigation").getByRole("button", { expanded: false }).click();
  await page.screenshot({ path: `e2e/screenshots/ux-nav-menu-${locale}-phone.png` });
}

test("screenshots of the polished pages in Persian and English", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, ADMIN);
  await captureAll(page, "fa");
  await page.setViewportSize(SIZES.desktop);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await captureAll(page, "en");
  await page.getByRole("button", { name: "فارسی" }).first().click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});
