import path from "node:path";
import Database from "better-sqlite3";
import { expect, type Page } from "@playwright/test";

export const ADMIN = { username: "admin", password: process.env.PELAK_E2E_ADMIN_PASSWORD ?? "" };

const dbFile = () => path.join(process.env.PELAK_E2E_DIR ?? "", "e2e.db");

export async function signIn(page: Page, user: { username: string; password: string }): Promise<void> {
  await page.goto("/login");
  await page.locator('input[name="username"]').fill(user.username);
  await page.locator('input[name="password"]').fill(user.password);
  await page.locator('button[type="submit"]').click();
  // The form goes to /dashboard, which sends a first admin on to /welcome: wait for a page, not a URL.
  const header = page.getByTestId("header-lot-name");
  const firstRun = page.locator('input[name="repeat"]');
  await expect(header.or(firstRun)).toBeVisible({ timeout: 30_000 });
  if (await firstRun.isVisible()) await completeFirstRun(page, user.password);
  await page.waitForURL("**/dashboard");
}

/**
 * The first admin's first sign-in asks for the lot's name and a new password: the suites keep the
 * name and set the same password again, so every file signs in with PELAK_E2E_ADMIN_PASSWORD.
 */
export async function completeFirstRun(page: Page, password: string): Promise<void> {
  await page.locator('input[name="password"]').fill(password);
  await page.locator('input[name="repeat"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL("**/dashboard");
}

/** An admin adds an operator on the users page (the caller checks the outcome it cares about). */
export async function addOperator(page: Page, operator: { username: string; password: string; name: string }): Promise<void> {
  await page.goto("/admin/users");
  await page.getByLabel("نام کاربری").fill(operator.username);
  await page.getByLabel("نام", { exact: true }).fill(operator.name);
  await page.getByLabel("رمز عبور").fill(operator.password);
  await page.getByLabel("نقش").selectOption("operator");
  await page.getByRole("button", { name: "کاربر جدید" }).click();
}

/** Types a plate the way an operator does: digits, the letter from the picker, then the rest. */
export async function typePlate(page: Page, plate: { first: string; letter: string; rest: string }): Promise<void> {
  const dialog = page.getByRole("dialog");
  await expect(dialog.locator("[data-autofocus]")).toBeFocused();
  await page.keyboard.type(plate.first);
  await page.keyboard.press("Enter");
  await dialog.getByRole("button", { name: plate.letter, exact: true }).click();
  await page.keyboard.type(plate.rest);
}

/** Persian or Latin digits in a text, as one ASCII number ("۶۰٬۰۰۰ تومان" → 60000). */
export function digitsOf(text: string): number {
  const ascii = text.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
  return Number(ascii.replace(/\D/g, ""));
}

/** Runs queries on the e2e server's SQLite file, to arrange or check what the UI does not show. */
export function withE2eDb<T>(query: (db: Database.Database) => T): T {
  const db = new Database(dbFile());
  try {
    return query(db);
  } finally {
    db.close();
  }
}

/** Moves an open session's entry time back, to get a stay of a known length without waiting. */
export function backdateEntry(plate: string, minutes: number): void {
  const entryAt = new Date(Date.now() - minutes * 60_000).toISOString().replace("Z", "+00:00");
  const changed = withE2eDb((db) => db.prepare("UPDATE ParkingSession SET entryAt = ? WHERE openPlate = ?").run(entryAt, plate).changes);
  if (changed !== 1) throw new Error(`no open session for ${plate}`);
}

/** Collects errors the page logs (hydration mismatches, failed requests, React warnings). */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text().slice(0, 300));
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}
