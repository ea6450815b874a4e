import { expect, test, type Page } from "@playwright/test";
import { ADMIN, signIn } from "./support";

const boxes = (page: Page) => {
  const dialog = page.getByRole("dialog");
  return {
    dialog,
    first: dialog.getByLabel("دو رقم اول"),
    letter: dialog.getByRole("button", { name: /^حرف پلاک/ }),
    middle: dialog.getByLabel("سه رقم میانی"),
    region: dialog.getByLabel("کد استان"),
  };
};

async function openEntry(page: Page) {
  await page.getByRole("button", { name: "ثبت ورود" }).first().click();
  await expect(boxes(page).first).toBeFocused();
}

test("Enter pressed early keeps the place, and text inserted without key events fills the boxes", async ({ page }) => {
  await signIn(page, ADMIN);
  await openEntry(page);
  const plate = boxes(page);

  await page.keyboard.type("5");
  await page.keyboard.press("Enter");
  // Nothing is sent and nothing moves: the digit stays, the caret stays in its box.
  await expect(plate.first).toHaveValue("۵");
  await expect(plate.first).toBeFocused();
  await expect(plate.dialog.getByText("شماره پلاک را کامل وارد کنید.")).toHaveCount(0);

  // An on-screen keyboard or input method: input events with no key events.
  await page.keyboard.insertText("8");
  await expect(plate.first).toHaveValue("۵۸");
  await expect(plate.letter).toBeFocused();
  await page.keyboard.press("Enter");
  await plate.dialog.getByRole("button", { name: "ب", exact: true }).click();
  await expect(plate.middle).toBeFocused();
  await page.keyboard.insertText("۴۶");
  await page.keyboard.press("Enter");
  await expect(plate.middle).toHaveValue("۴۶");
  await expect(plate.middle).toBeFocused();
  await page.keyboard.insertText("3");
  await expect(plate.region).toBeFocused();
  await page.keyboard.insertText("11");
  await expect(plate.dialog.getByText(/پلاک معتبر است/)).toBeVisible();
  // Whole now: Enter sends it.
  await page.keyboard.press("Enter");
  await expect(plate.dialog.getByRole("status")).toContainText("ورود ثبت شد");
  await page.keyboard.press("Escape");
});

test("a whole plate committed at once, or digits running past a box, land in the right boxes", async ({ page }) => {
  await signIn(page, ADMIN);
  await openEntry(page);
  const plate = boxes(page);

  await page.keyboard.insertText("۴۸ج۲۷۱۶۵");
  await expect(plate.first).toHaveValue("۴۸");
  await expect(plate.letter).toHaveAccessibleName("حرف پلاک: ج");
  await expect(plate.middle).toHaveValue("۲۷۱");
  await expect(plate.region).toHaveValue("۶۵");

  // Dictation or a keyboard that commits a whole group: the digits flow on into the next box.
  await plate.middle.fill("98712");
  await expect(plate.middle).toHaveValue("۹۸۷");
  await expect(plate.region).toHaveValue("۱۲");
  await expect(plate.region).toBeFocused();

  // A letter typed into a digit box picks the letter and keeps the digits.
  await plate.first.fill("48د");
  await expect(plate.first).toHaveValue("۴۸");
  await expect(plate.letter).toHaveAccessibleName("حرف پلاک: د");
  await expect(plate.middle).toBeFocused();
  await page.keyboard.press("Escape");
});
