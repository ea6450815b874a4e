import { expect, test } from "@playwright/test";
import { ADMIN, signIn, typePlate, withE2eDb } from "./support";

const PLATE = { first: "31", letter: "د", rest: "52414" };
const insideNow = () => withE2eDb((db) => (db.prepare("SELECT count(*) AS n FROM ParkingSession WHERE openPlate IS NOT NULL").get() as { n: number }).n);
const setCapacity = (capacity: number) => withE2eDb((db) => db.prepare("UPDATE Setting SET capacity = ? WHERE id = 1").run(capacity));

test("the entry dialog says the lot is full as soon as it opens", async ({ page }) => {
  const capacity = withE2eDb((db) => (db.prepare("SELECT capacity FROM Setting WHERE id = 1").get() as { capacity: number }).capacity);
  await signIn(page, ADMIN);
  // Room left: no warning.
  await page.getByRole("button", { name: "ثبت ورود" }).first().click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await expect(page.getByTestId("entry-lot-full")).toHaveCount(0);
  await typePlate(page, PLATE);
  await page.getByRole("dialog").getByRole("button", { name: "ثبت ورود" }).click();
  await expect(page.getByRole("dialog").getByRole("status")).toBeVisible();
  await page.keyboard.press("Escape");

  try {
    const inside = insideNow();
    setCapacity(inside);
    await page.reload();
    await page.getByRole("button", { name: "ثبت ورود" }).first().click();
    // Before any plate is typed or sent.
    await expect(page.getByTestId("entry-lot-full")).toHaveText(
      `پارکینگ پر است: ${inside.toLocaleString("fa-IR")} خودرو داخل است و ظرفیت ${inside.toLocaleString("fa-IR")} جای پارک است. تا خودرویی خارج نشود، ورود ثبت نمی‌شود.`,
    );
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("button", { name: "Register entry" }).click();
    await expect(page.getByTestId("entry-lot-full")).toContainText("The lot is full");
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "فارسی" }).click();
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  } finally {
    setCapacity(capacity);
  }
});
