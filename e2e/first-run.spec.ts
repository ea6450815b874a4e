import { expect, test } from "@playwright/test";
import { ADMIN, withE2eDb } from "./support";

const LOT = "پارکینگ مرکزی شهر";
const adminRow = () =>
  withE2eDb((db) => db.prepare("SELECT firstRunPending, passwordHash FROM User WHERE username = 'admin'").get() as { firstRunPending: number; passwordHash: string });
const lotName = () => withE2eDb((db) => (db.prepare("SELECT lotName FROM Setting WHERE id = 1").get() as { lotName: string }).lotName);

test("the first admin's first sign-in asks for the lot's name and a new password before anything else, once", async ({ page }) => {
  // The suites' helper went through the step already; arrange a first sign-in again.
  const before = { ...adminRow(), lotName: lotName() };
  withE2eDb((db) => db.prepare("UPDATE User SET firstRunPending = 1 WHERE username = 'admin'").run());
  try {
    await page.goto("/login");
    await page.locator('input[name="username"]').fill(ADMIN.username);
    await page.locator('input[name="password"]').fill(ADMIN.password);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL("**/welcome");
    await expect(page.getByRole("heading", { name: "راه‌اندازی پارکینگ" })).toBeVisible();
    for (const path of ["/dashboard", "/admin/settings", "/inside"]) {
      await page.goto(path);
      await page.waitForURL("**/welcome");
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "e2e/screenshots/first-run-fa-phone.png", fullPage: true });

    await page.getByLabel("نام پارکینگ").fill(LOT);
    await page.getByLabel("رمز عبور جدید", { exact: true }).fill("short");
    await page.getByLabel("تکرار رمز عبور جدید").fill("short");
    await page.getByRole("button", { name: "ذخیره و شروع" }).click();
    await expect(page.getByText("دست‌کم ۱۰ نویسه لازم است.")).toBeVisible();
    await page.getByLabel("رمز عبور جدید", { exact: true }).fill(ADMIN.password);
    await page.getByLabel("تکرار رمز عبور جدید").fill(`${ADMIN.password}x`);
    await page.getByRole("button", { name: "ذخیره و شروع" }).click();
    await expect(page.getByText("دو رمز با هم یکی نیستند.")).toBeVisible();
    expect(adminRow().firstRunPending).toBe(1);

    await page.getByLabel("تکرار رمز عبور جدید").fill(ADMIN.password);
    await page.getByRole("button", { name: "ذخیره و شروع" }).click();
    await page.waitForURL("**/dashboard");
    await expect(page.getByTestId("header-lot-name")).toHaveText(LOT);
    const after = adminRow();
    expect(after.firstRunPending).toBe(0);
    expect(after.passwordHash).not.toBe(before.passwordHash);
    const audit = withE2eDb((db) => db.prepare("SELECT action FROM AuditLog ORDER BY id DESC LIMIT 2").all() as { action: string }[]);
    expect(audit.map((row) => row.action).sort()).toEqual(["settings.update", "user.reset_password"]);

    // Once: the step is gone for good.
    await page.goto("/welcome");
    await page.waitForURL("**/dashboard");
  } finally {
    withE2eDb((db) => {
      db.prepare("UPDATE User SET firstRunPending = 0 WHERE username = 'admin'").run();
      db.prepare("UPDATE Setting SET lotName = ? WHERE id = 1").run(before.lotName);
    });
  }
});
