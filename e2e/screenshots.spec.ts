import { expect, test, type Page } from "@playwright/test";
import { ADMIN, signIn, typePlate } from "./support";

// Runs after the journey (files run in name order), so the dashboard has history to show.
const SIZES = { desktop: { width: 1280, height: 800 }, tablet: { width: 820, height: 1180 }, phone: { width: 390, height: 844 } };
const PLATES = [
  { first: "45", letter: "الف", rest: "67811" },
  { first: "27", letter: "♿", rest: "39122" },
];

async function capture(page: Page, name: string) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    await page.setViewportSize(viewport);
    await expect(page.getByTestId("status-capacity")).toBeVisible();
    await page.screenshot({ path: `e2e/screenshots/${name}-${size}.png`, fullPage: true });
  }
}

test("dashboard screenshots in Persian and English", async ({ page }) => {
  await signIn(page, ADMIN);
  for (const plate of PLATES) {
    await page.getByRole("button", { name: "ثبت ورود" }).first().click();
    await typePlate(page, plate);
    await page.getByRole("dialog").getByRole("button", { name: "ثبت ورود" }).click();
    await expect(page.getByRole("dialog").getByRole("status")).toBeVisible();
    await page.keyboard.press("Escape");
  }
  await capture(page, "dashboard-fa");
  await page.setViewportSize(SIZES.desktop);
  await page.getByRole("button", { name: "ثبت خروج" }).first().click();
  await typePlate(page, PLATES[0]);
  await page.getByRole("dialog").getByRole("button", { name: "ثبت خروج" }).click();
  await expect(page.getByTestId("exit-receipt")).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/exit-receipt-fa-desktop.png" });
  await page.keyboard.press("Escape");

  await page.getByRole("button", { name: /English/ }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await capture(page, "dashboard-en");
  await page.getByRole("button", { name: "Register entry" }).click();
  await page.keyboard.type("12");
  await page.keyboard.press("Enter");
  await page.setViewportSize(SIZES.phone);
  await page.screenshot({ path: "e2e/screenshots/entry-dialog-en-phone.png" });
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "فارسی" }).click();
});
