import { expect, test, type Page } from "@playwright/test";
import { ADMIN, addOperator, signIn, withE2eDb } from "./support";

test.use({ viewport: { width: 390, height: 844 } });

const OPERATOR = { username: "phone-op", password: "phone-op-pass-1", name: "متصدی موبایل" };
const OPERATOR_PAGES = { "/dashboard": "داشبورد", "/gate": "گیت", "/inside": "خودروهای داخل", "/history": "تاریخچه", "/shift": "شیفت من" };
const ADMIN_PAGES = {
  "/reports": "گزارش‌ها",
  "/admin/settings": "تنظیمات",
  "/admin/users": "کاربران",
  "/admin/tokens": "توکن‌های API",
  "/admin/blocks": "مسدودی‌های ورود",
  "/admin/audit": "گزارش رویدادها",
};

const nav = (page: Page) => page.getByRole("navigation", { name: "منوی اصلی" });
const menuButton = (page: Page) => nav(page).getByRole("button", { name: /منو/ });

/** Opens the phone menu and returns the links it lists, href → label. */
async function menuLinks(page: Page): Promise<Record<string, string>> {
  await menuButton(page).click();
  await expect(menuButton(page)).toHaveAttribute("aria-expanded", "true");
  const links = nav(page).locator("#nav-menu-list a");
  const entries = await links.evaluateAll((anchors) => anchors.map((a) => [a.getAttribute("href") ?? "", a.textContent ?? ""]));
  return Object.fromEntries(entries);
}

test("on a phone an admin reaches every page through the menu, which names the current one", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, ADMIN);
  // The row of links is hidden on a phone: only the menu button is there, with the page's name.
  await expect(nav(page).getByTestId("nav-current")).toHaveText("داشبورد");
  await expect(page.getByTestId("current-user-role")).toHaveText("مدیر");
  await expect(page.getByTestId("current-user-name")).toBeVisible();
  const listed = await menuLinks(page);
  expect(listed).toMatchObject({ ...OPERATOR_PAGES, ...ADMIN_PAGES });
  await menuButton(page).click();

  for (const [href, label] of Object.entries(listed)) {
    await menuButton(page).click();
    await nav(page).getByRole("link", { name: label, exact: true }).click();
    await page.waitForURL(`**${href}`);
    // The menu closes on arrival and its button names where we are.
    await expect(menuButton(page)).toHaveAttribute("aria-expanded", "false");
    await expect(nav(page).getByTestId("nav-current")).toHaveText(label);
    await menuButton(page).click();
    await expect(nav(page).getByRole("link", { name: label, exact: true })).toHaveAttribute("aria-current", "page");
    await menuButton(page).click();
  }
  await page.screenshot({ path: "e2e/screenshots/nav-menu-fa-phone.png" });
});

test("an operator's phone menu lists the operator pages and no admin page", async ({ page, browser }) => {
  await signIn(page, ADMIN);
  await addOperator(page, OPERATOR);
  await expect(page.locator(`tr[data-username="${OPERATOR.username}"]`)).toBeVisible();

  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const operatorPage = await context.newPage();
  await signIn(operatorPage, OPERATOR);
  // The header, even on a phone: the lot's name, and the user's name apart from the role.
  const lotName = withE2eDb((db) => (db.prepare("SELECT lotName FROM Setting WHERE id = 1").get() as { lotName: string }).lotName);
  await expect(operatorPage.getByTestId("header-lot-name")).toHaveText(lotName);
  await expect(operatorPage.getByTestId("current-user-name")).toHaveText(OPERATOR.name);
  await expect(operatorPage.getByTestId("current-user-role")).toHaveText("اپراتور");
  const listed = await menuLinks(operatorPage);
  expect(listed).toEqual(OPERATOR_PAGES);
  await expect(nav(operatorPage).getByRole("link", { name: "داشبورد", exact: true })).toHaveAttribute("aria-current", "page");
  await operatorPage.screenshot({ path: "e2e/screenshots/nav-menu-operator-fa-phone.png" });
  await context.close();
});
