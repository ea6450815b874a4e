import { expect, test, type Page } from "@playwright/test";
import { ADMIN, backdateEntry, completeFirstRun, digitsOf, signIn, typePlate, withE2eDb } from "./support";

const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
const CAR = { first: "52", letter: "ج", rest: "61433", canonical: "52ج614-33" };
const CAR_EN = { first: "53", letter: "د", rest: "71244", canonical: "53د712-44" };

async function shoot(page: Page, name: string) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `e2e/screenshots/${name}-${size}.png`, fullPage: true });
  }
  await page.setViewportSize(SIZES.desktop);
}

/** "۰۸:۳۰" → minutes after midnight */
const minutesOf = (clock: string) => {
  const [h, m] = clock.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).split(":").map(Number);
  return h * 60 + m;
};
const clockOf = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

async function enterCar(page: Page, plate: typeof CAR, submit: string, vehicleClass?: string) {
  await page.getByRole("button", { name: submit }).first().click();
  await typePlate(page, plate);
  if (vehicleClass) await page.getByRole("dialog").getByLabel("نوع خودرو").selectOption(vehicleClass);
  await page.getByRole("dialog").getByRole("button", { name: submit }).click();
  await expect(page.getByRole("dialog").getByRole("status")).toBeVisible();
  await page.keyboard.press("Escape");
}

test("an admin sets a two-price plan, the calculator shows its lines, and a car's exit is charged by it line by line", async ({ page }) => {
  test.setTimeout(240_000); // a sign-in, two exits and eight screenshots on a loaded machine
  await page.setViewportSize(SIZES.desktop);
  await signIn(page, ADMIN);
  await page.goto("/admin/settings");
  // Run alone on a fresh database, the first admin is sent to the first-run step on any page.
  if (new URL(page.url()).pathname === "/welcome") {
    await completeFirstRun(page, ADMIN.password);
    await page.goto("/admin/settings");
  }
  await page.getByRole("link", { name: /تعرفه‌ها/ }).click();
  await expect(page.getByRole("heading", { name: "تعرفه‌ها", level: 1 })).toBeVisible();

  const form = page.getByTestId("add-tariff-form");
  // Earlier files change the price in the settings, which adds car versions too.
  const versionsBefore = await page.getByTestId("tariff-class-car").getByTestId("tariff-version").count();
  await form.getByLabel("ساعت اول (تومان)").fill("۳۰۰۰۰");
  await form.getByLabel("هر ساعت بعدی (تومان)").fill("۲۰۰۰۰");
  await form.getByRole("button", { name: "افزودن تعرفه" }).click();
  await expect(form.getByText("تعرفهٔ تازه ثبت شد.")).toBeVisible();
  const inForce = page.getByTestId("tariff-class-car").locator('[data-testid="tariff-version"][data-state="inForce"]');
  await expect(inForce).toContainText("۳۰٬۰۰۰ تومان");
  await expect(inForce).toContainText("۲۰٬۰۰۰ تومان");

  // A version in the past is refused with a message, and nothing is added.
  await form.getByLabel("ساعت اول (تومان)").fill("۴۰۰۰۰");
  await form.getByLabel("هر ساعت بعدی (تومان)").fill("۴۰۰۰۰");
  await form.getByLabel("تاریخ (شمسی)").fill("۱۴۰۰/۰۱/۰۱");
  await form.getByLabel("ساعت (۲۴ساعته)").fill("۰۸:۰۰");
  await form.getByRole("button", { name: "افزودن تعرفه" }).click();
  await expect(form.getByText("تعرفهٔ تازه نمی‌تواند از گذشته اعمال شود.")).toBeVisible();
  await expect(page.getByTestId("tariff-class-car").getByTestId("tariff-version")).toHaveCount(versionsBefore + 1);

  // The new version is moved back 3 hours, as if added then: the calculator's entry (now, to the
  // minute) and the car below, in for 2 h 5 min, come under it. Car versions that earlier files
  // added in those 3 hours (price changes in the settings) move to just before it.
  const isoAgo = (ms: number) => new Date(Date.now() - ms).toISOString().replace("Z", "+00:00");
  const [threeHoursAgo, justBefore] = [isoAgo(3 * 3_600_000), isoAgo(3 * 3_600_000 + 60_000)];
  withE2eDb((db) => {
    db.prepare(`UPDATE TariffPlan SET effectiveFrom = ? WHERE vehicleClass = 'car' AND effectiveFrom > ? AND NOT (firstHour = 30000 AND nextHour = 20000)`)
      .run(justBefore, justBefore);
    db.prepare(`UPDATE TariffPlan SET effectiveFrom = ? WHERE firstHour = 30000 AND nextHour = 20000`).run(threeHoursAgo);
  });

  // The calculator: 2 h 1 min → 30,000 + 2 × 20,000. Its exit day is already the day 2 h after entry.
  await page.reload();
  const calc = page.getByTestId("tariff-calculator");
  const from = calc.getByRole("group", { name: "ورود" });
  const to = calc.getByRole("group", { name: "خروج" });
  const start = minutesOf(await from.getByLabel("ساعت (۲۴ساعته)").inputValue());
  await to.getByLabel("ساعت (۲۴ساعته)").fill(clockOf((start + 121) % 1440));
  await expect(page.getByTestId("calc-summary")).toContainText("۷۰٬۰۰۰ تومان");
  const calcLines = page.getByTestId("calc-lines");
  await expect(calcLines.locator('tr[data-line="first"]')).toContainText("ساعت اول");
  await expect(calcLines.locator('tr[data-line="first"]')).toContainText("۳۰٬۰۰۰ تومان");
  await expect(calcLines.locator('tr[data-line="next"]')).toContainText("ساعت بعدی × ۲ (هر یک ۲۰٬۰۰۰ تومان)");
  await expect(calcLines.locator('tr[data-line="next"]')).toContainText("۴۰٬۰۰۰ تومان");
  await shoot(page, "tariffs-fa");

  // A car that came in under the new plan, 2 h 5 min ago.
  await page.goto("/dashboard");
  await enterCar(page, CAR, "ثبت ورود");
  backdateEntry(CAR.canonical, 125);
  await page.getByRole("button", { name: "ثبت خروج" }).first().click();
  await typePlate(page, CAR);
  await page.getByRole("dialog").getByRole("button", { name: "ثبت خروج" }).click();
  await expect(page.getByTestId("exit-receipt")).toBeVisible();
  expect(digitsOf((await page.getByTestId("exit-cost").textContent()) ?? "")).toBe(30_000 + 2 * 20_000);
  const lines = page.getByTestId("exit-lines");
  await expect(lines.locator('tr[data-line="first"]')).toContainText("۳۰٬۰۰۰ تومان");
  await expect(lines.locator('tr[data-line="next"]')).toContainText("ساعت بعدی × ۲");
  await expect(lines.locator("tfoot")).toContainText("۷۰٬۰۰۰ تومان");
  await shoot(page, "exit-lines-fa");
  await page.keyboard.press("Escape");

  // The same in English: a motorcycle (no plan of its own) is charged as a car.
  await enterCar(page, CAR_EN, "ثبت ورود", "motorcycle");
  const stored = withE2eDb((db) => db.prepare("SELECT vehicleClass FROM ParkingSession WHERE openPlate = ?").get(CAR_EN.canonical)) as { vehicleClass: string };
  expect(stored.vehicleClass).toBe("motorcycle");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await page.getByRole("button", { name: "Register exit" }).first().click();
  await typePlate(page, CAR_EN);
  await page.getByRole("dialog").getByRole("button", { name: "Register exit" }).click();
  await expect(page.getByTestId("exit-lines").locator('tr[data-line="first"]')).toContainText("First hour");
  await expect(page.getByTestId("exit-lines").locator("tfoot")).toContainText("30,000 Toman");
  await shoot(page, "exit-lines-en");
  await page.keyboard.press("Escape");
  await page.goto("/admin/tariffs");
  await expect(page.getByRole("heading", { name: "Tariff plans", level: 1 })).toBeVisible();
  await shoot(page, "tariffs-en");
  await page.getByRole("button", { name: "فارسی" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});
