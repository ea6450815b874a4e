import { expect, test } from "@playwright/test";
import { ADMIN, backdateEntry, digitsOf, signIn } from "./support";

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

test("the report's charts read right to left in Persian, hide empty days on a phone and print without the app's chrome", async ({ page, baseURL }) => {
  await signIn(page, ADMIN);
  // A stay of today of its own, so that the file also runs alone.
  const plate = "47ب823-91";
  const headers = { origin: baseURL ?? "" };
  expect((await page.request.post("/api/entry", { data: { plate }, headers })).status()).toBe(200);
  backdateEntry(plate, 90);
  expect((await page.request.post("/api/exit", { data: { plate }, headers })).status()).toBe(200);
  await page.goto("/reports");
  for (const chart of ["chart-revenue", "chart-traffic", "chart-hours"]) await expect(page.getByTestId(chart).locator("svg.recharts-surface[role=application]")).toBeVisible();

  const hours = page.getByTestId("chart-hours");
  const ticks = hours.locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value");
  await expect(ticks.first()).toHaveText("۰");
  const midnight = await ticks.filter({ hasText: /^۰$/ }).boundingBox();
  const lastHour = await ticks.filter({ hasText: /^۲۳$/ }).boundingBox();
  expect(midnight!.x).toBeGreaterThan(lastHour!.x); // hours run right to left
  const yAxis = await hours.locator(".recharts-yAxis-tick-labels").boundingBox();
  expect(yAxis!.x).toBeGreaterThan(midnight!.x); // values on the right, past the first hour
  const revenueTicks = await page.getByTestId("chart-revenue").locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value").allTextContents();
  expect(revenueTicks.join("")).toMatch(/^[۰-۹٬]+$/);
  // Today's exit above was registered by the admin's session: a row with its revenue.
  await expect(page.getByTestId("report-operators").locator("tbody tr").first()).toContainText("تومان");
  await page.screenshot({ path: "e2e/screenshots/reports-charts-fa-desktop.png", fullPage: true });

  await page.setViewportSize({ width: 390, height: 844 });
  const rows = page.getByTestId("report-table").locator("tbody tr");
  const visible = await rows.evaluateAll((trs) => trs.filter((tr) => (tr as HTMLElement).offsetParent !== null).length);
  expect(visible).toBeGreaterThan(0);
  expect(visible).toBeLessThan(30); // the e2e lot has cars on a few days only
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: "e2e/screenshots/reports-fa-phone.png", fullPage: true });

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation")).toBeHidden();
  await expect(page.getByLabel("بازهٔ گزارش")).toBeHidden();
  await expect(rows).toHaveCount(30);
  await page.screenshot({ path: "e2e/screenshots/reports-fa-print.png", fullPage: true });
  await page.pdf({ path: "e2e/screenshots/reports-fa.pdf", format: "A4", printBackground: true });
});
