import { expect, test, type Page } from "@playwright/test";
import { ADMIN, addOperator, backdateEntry, collectConsoleErrors, digitsOf, signIn, typePlate, withE2eDb } from "./support";

test.describe.configure({ mode: "serial" });
// Two browsers, four exits, two languages and twelve screenshots on a loaded machine.
test.setTimeout(240_000);

const CASHIER = { username: "cashier1", password: "cashier-pass-1", name: "صندوقدار یک" };
const CARS = [
  { first: "63", letter: "ص", rest: "12311", canonical: "63ص123-11" },
  { first: "64", letter: "ص", rest: "12311", canonical: "64ص123-11" },
];
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

async function shoot(page: Page, name: string) {
  for (const [size, viewport] of Object.entries({ phone: PHONE, desktop: DESKTOP })) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `e2e/screenshots/${name}-${size}.png`, fullPage: true });
  }
}

async function enter(page: Page, car: (typeof CARS)[number]) {
  await page.getByRole("button", { name: "ثبت ورود" }).first().click();
  await typePlate(page, car);
  await page.getByRole("dialog").getByRole("button", { name: "ثبت ورود" }).click();
  await expect(page.getByRole("dialog").getByRole("status")).toContainText("ورود ثبت شد");
  await page.keyboard.press("Escape");
  backdateEntry(car.canonical, 120);
}

/** Registers the exit with the given method and returns the cost on the receipt. */
async function leave(page: Page, car: (typeof CARS)[number], method: "نقد" | "کارت", screenshot?: string): Promise<number> {
  await page.getByRole("button", { name: "ثبت خروج" }).first().click();
  const dialog = page.getByRole("dialog");
  await typePlate(page, car);
  await dialog.getByText(method, { exact: true }).click();
  if (screenshot) {
    await dialog.getByText("معاف", { exact: true }).click();
    await expect(dialog.getByLabel("دلیل معافیت")).toBeVisible();
    await shoot(page, screenshot);
    await dialog.getByText(method, { exact: true }).click();
    await page.setViewportSize(DESKTOP);
  }
  await dialog.getByRole("button", { name: "ثبت خروج" }).click();
  await expect(page.getByTestId("exit-receipt")).toBeVisible();
  await expect(page.getByTestId("exit-payment")).toHaveText(method);
  await expect(page.getByTestId("exit-shift")).toContainText("شیفت");
  const cost = digitsOf(await page.getByTestId("exit-cost").innerText());
  await page.keyboard.press("Escape");
  return cost;
}

test("an operator opens a shift, takes cash and card, closes with a shortage; the admin sees it", async ({ page, browser }) => {
  // This journey is about shifts: the lot's first-run setup is another file's (run alone, it is done here).
  withE2eDb((db) => db.prepare(`UPDATE "User" SET "firstRunPending" = 0`).run());
  await signIn(page, ADMIN);
  await addOperator(page, CASHIER);
  await expect(page.getByText(CASHIER.username).first()).toBeVisible();

  const context = await browser.newContext({ viewport: DESKTOP });
  const cashier = await context.newPage();
  const errors = collectConsoleErrors(cashier);
  await signIn(cashier, CASHIER);
  await cashier.goto("/shift");
  await expect(cashier.getByTestId("shift-none")).toBeVisible();
  await cashier.getByRole("button", { name: "باز کردن شیفت" }).click();
  await expect(cashier.getByTestId("shift-open")).toBeVisible();
  await expect(cashier.getByTestId("shift-exits")).toHaveText("۰");

  await cashier.goto("/dashboard");
  for (const car of CARS) await enter(cashier, car);
  const cash = await leave(cashier, CARS[0], "نقد", "exit-dialog-payment-fa");
  const card = await leave(cashier, CARS[1], "کارت");
  expect(cash).toBeGreaterThan(5_000);

  await cashier.goto("/shift");
  await expect(cashier.getByTestId("shift-exits")).toHaveText("۲");
  expect(digitsOf(await cashier.getByTestId("shift-expected-cash").innerText())).toBe(cash);
  expect(digitsOf(await cashier.getByTestId("shift-expected-card").innerText())).toBe(card);
  await shoot(cashier, "shift-open-fa");
  await cashier.setViewportSize(DESKTOP);
  await cashier.getByLabel("نقد شمرده‌شده (تومان)").fill(String(cash - 5_000));
  await cashier.getByRole("button", { name: "بستن شیفت" }).click();
  await cashier.getByRole("dialog").getByRole("button", { name: "بستن شیفت" }).click();
  await expect(cashier.getByTestId("shift-closed")).toBeVisible();
  await expect(cashier.getByTestId("shift-difference")).toHaveText("۵٬۰۰۰ تومان کمتر");
  expect(digitsOf(await cashier.getByTestId("shift-counted-cash").innerText())).toBe(cash - 5_000);
  await shoot(cashier, "shift-closed-fa");
  expect(errors).toEqual([]);

  await page.goto("/admin/shifts");
  await page.getByLabel("متصدی").selectOption(CASHIER.name);
  await page.getByRole("button", { name: "نمایش" }).click();
  await expect(page).toHaveURL(/operator=/);
  const row = page.locator("tr[data-testid=shift-row]");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(CASHIER.name);
  await expect(row).toContainText("۵٬۰۰۰ تومان کمتر");
  await shoot(page, "admin-shifts-fa");

  await page.getByRole("button", { name: /English/ }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await page.goto("/admin/shifts");
  await expect(page.getByRole("heading", { name: "Shifts" })).toBeVisible();
  await shoot(page, "admin-shifts-en");
  await page.goto("/shift");
  await expect(page.getByTestId("shift-none")).toBeVisible();
  await page.getByRole("button", { name: "Open shift" }).click();
  await expect(page.getByTestId("shift-open")).toBeVisible();
  await shoot(page, "shift-open-en");
  await page.goto("/dashboard");
  await page.setViewportSize(DESKTOP);
  await page.getByRole("button", { name: "Register exit" }).first().click();
  await page.getByRole("dialog").getByText("Exempt", { exact: true }).click();
  await expect(page.getByRole("dialog").getByLabel("Reason for the exemption")).toBeVisible();
  await shoot(page, "exit-dialog-payment-en");
  await page.keyboard.press("Escape");
  // Leave the admin's own shift closed and the language Persian for the files after this one.
  await page.goto("/shift");
  await page.getByLabel("Counted cash (Toman)").fill("0");
  await page.getByRole("button", { name: "Close shift" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Close shift" }).click();
  await expect(page.getByTestId("shift-closed")).toBeVisible();
  await page.getByRole("button", { name: /فارسی/ }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await context.close();
});
