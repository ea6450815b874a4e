import { expect, test } from "@playwright/test";
import { ADMIN, digitsOf, signIn } from "./support";

// Runs after the journey (files run in name order): today's exits are in the report.
test("the report matches today's revenue and downloads as CSV that Excel reads as UTF-8", async ({ page }) => {
  await signIn(page, ADMIN);
  const revenueToday = digitsOf((await page.getByTestId("status-revenue").textContent()) ?? "");
  expect(revenueToday).toBeGreaterThan(0);

  await page.getByRole("navigation").getByRole("link", { name: "گزارش‌ها" }).click();
  await expect(page.getByRole("heading", { name: "گزارش‌ها" })).toBeVisible();
  expect(digitsOf((await page.getByTestId("report-total-revenue").textContent()) ?? "")).toBe(revenueToday);
  await expect(page.getByTestId("report-table").locator("tbody tr")).toHaveCount(30);
  await page.screenshot({ path: "e2e/screenshots/reports-fa-desktop.png", fullPage: true });

  const csv = await page.request.get("/api/app/reports?range=last30");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const body = await csv.text();
  expect(body.startsWith("\uFEFFتاریخ (شمسی),تاریخ (میلادی),ورود,خروج,درآمد (تومان)")).toBe(true);
  const lines = body.trim().split("\r\n");
  expect(lines).toHaveLength(32);
  expect(lines.at(-1)).toContain(`,${revenueToday},`);

  await page.getByLabel("بازهٔ گزارش").selectOption({ index: 1 });
  await expect(page).toHaveURL(/range=\d{4}-\d{2}$/);
  expect(digitsOf((await page.getByTestId("report-total-revenue").textContent()) ?? "")).toBe(revenueToday);
});
