import { expect, test } from "@playwright/test";
import { ADMIN, backdateEntry, digitsOf, signIn, typePlate, withE2eDb } from "./support";

const PLATE = { first: "63", letter: "س", rest: "71811", canonical: "63س718-11" };

test("cars inside show what they owe so far, and a stay's details register its exit", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, ADMIN);
  await page.getByRole("button", { name: "ثبت ورود" }).first().click();
  await typePlate(page, PLATE);
  await page.getByRole("dialog").getByRole("button", { name: "ثبت ورود" }).click();
  await expect(page.getByRole("dialog").getByRole("status")).toBeVisible();
  await page.keyboard.press("Escape");
  backdateEntry(PLATE.canonical, 125);
  const { pricePerHour, graceMinutes } = withE2eDb(
    (db) => db.prepare("SELECT pricePerHour, graceMinutes FROM Setting WHERE id = 1").get() as { pricePerHour: number; graceMinutes: number },
  );
  // 2 h 5 min: three started hours, unless the grace period covers it.
  const owed = graceMinutes >= 125 ? 0 : 3 * pricePerHour;

  await page.goto("/inside");
  const card = page.locator(`li[data-plate="${PLATE.canonical}"]`);
  await expect(card.getByTestId("owed-so-far")).toContainText("تومان");
  expect(digitsOf(await card.getByTestId("owed-so-far").innerText())).toBe(owed);

  // The details of a car still inside offer its exit; the exit dialog opens with the plate filled in.
  await card.getByRole("button", { name: "جزئیات" }).click();
  const details = page.getByTestId("session-details");
  await expect(details).toBeVisible();
  await details.getByRole("button", { name: "ثبت خروج" }).click();
  await expect(details).toHaveCount(0);
  await page.getByRole("dialog").getByRole("button", { name: "ثبت خروج" }).click();
  await expect(page.getByTestId("exit-receipt")).toBeVisible();
  expect(digitsOf(await page.getByTestId("exit-receipt").getByText("تومان").first().innerText())).toBe(owed);
  await page.keyboard.press("Escape");
  await expect(card).toHaveCount(0);

  // A stay that ended offers no exit.
  await page.goto("/dashboard");
  await page.locator(`tr[data-plate="${PLATE.canonical}"]`).first().getByRole("button", { name: "جزئیات" }).click();
  await expect(page.getByTestId("session-details")).toBeVisible();
  await expect(page.getByTestId("session-details").getByRole("button", { name: "ثبت خروج" })).toHaveCount(0);
});
