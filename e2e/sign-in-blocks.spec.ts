import { expect, test } from "@playwright/test";
import { addOperator, ADMIN, signIn, withE2eDb } from "./support";

const LOCKED = { username: "locked-out", password: "locked-out-pw-1", name: "قفل‌شده" };

async function tryPassword(page: import("@playwright/test").Page, password: string) {
  await page.goto("/login");
  await page.locator('input[name="username"]').fill(LOCKED.username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  return page.locator("form").getByRole("alert");
}

test("an admin sees who is blocked from signing in, and clears the block", async ({ page, browser }) => {
  await signIn(page, ADMIN);
  await addOperator(page, LOCKED);
  await expect(page.locator(`tr[data-username="${LOCKED.username}"]`)).toBeVisible();

  const user = await browser.newPage();
  for (let i = 0; i < 5; i++) await expect(await tryPassword(user, `wrong-password-${i}`)).toBeVisible();
  await expect(await tryPassword(user, LOCKED.password)).toContainText("تلاش‌های ناموفق");

  await page.getByRole("navigation").getByRole("link", { name: "مسدودی‌های ورود" }).click();
  const row = page.locator(`tr[data-block^="${LOCKED.username}|"]`);
  await expect(row).toContainText(LOCKED.username);
  await expect(row).toContainText("۵");
  await page.screenshot({ path: "e2e/screenshots/sign-in-blocks-fa.png", fullPage: true });
  await row.getByRole("button", { name: "پاک کردن" }).click();
  await expect(row).toHaveCount(0);
  await page.goto("/admin/audit");
  await expect(page.locator("main tbody tr").first()).toContainText("رفع مسدودی ورود");

  await tryPassword(user, LOCKED.password);
  await user.waitForURL("**/dashboard");
  await user.close();
});

test("the admin's dashboard says when gate reads arrived late, and links to them in the audit log", async ({ page }) => {
  withE2eDb((db) =>
    db
      .prepare(`INSERT INTO AuditLog (at, actor, action, entity, entityId, after) VALUES (?, 'user:1:گیت', 'gate.late_read', 'ParkingSession', '1', ?)`)
      .run(new Date().toISOString().replace("Z", "+00:00"), JSON.stringify({ direction: "exit", plate: "12ب345-67", lateMinutes: 95 })),
  );
  await signIn(page, ADMIN);
  const notice = page.getByTestId("late-reads-notice");
  await expect(notice).toContainText("۱ خوانش گیت");
  await page.screenshot({ path: "e2e/screenshots/late-reads-notice-fa.png" });
  await notice.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("خوانش دیرهنگام گیت");
  await expect(page.locator("main tbody tr").first()).toContainText("۹۵ دقیقه دیرتر رسید");
});
