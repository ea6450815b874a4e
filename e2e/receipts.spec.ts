import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import jsQR from "jsqr";
import sharp from "sharp";
import { ADMIN, backdateEntry, signIn, typePlate, withE2eDb } from "./support";

const PLATE = { first: "47", letter: "ط", rest: "52931", canonical: "47ط529-31" };
const MM_IN_PT = 72 / 25.4;
const SHOTS = path.join("e2e", "screenshots");

/** The first page's MediaBox and the number of pages of a PDF Chromium wrote (page dictionaries are not compressed). */
function pdfPages(pdf: Buffer) {
  const text = pdf.toString("latin1");
  const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
  if (!box) throw new Error("no MediaBox in the PDF");
  return { width: Number(box[3]) - Number(box[1]), height: Number(box[4]) - Number(box[2]), count: text.match(/\/Type\s*\/Page\b/g)?.length ?? 0 };
}

/** The QR code's text, read back from a screenshot of it as a phone's camera would. */
async function readQr(page: Page): Promise<string | undefined> {
  const png = await page.getByTestId("receipt-qr").screenshot();
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

/** Prints the page as Chromium prints it, keeps the PDF (and a PNG of it when poppler is there) to look at. */
async function printToPdf(page: Page, name: string) {
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: "screen" });
  fs.mkdirSync(SHOTS, { recursive: true });
  fs.writeFileSync(path.join(SHOTS, `${name}.pdf`), pdf);
  try {
    execFileSync("pdftoppm", ["-png", "-r", "150", "-singlefile", path.join(SHOTS, `${name}.pdf`), path.join(SHOTS, name)]);
  } catch {
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  }
  return pdfPages(pdf);
}

test("an exit receipt prints on one 80 mm page with a QR that opens the stay's public check; ticket and reprint too", async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, ADMIN);

  // The entry dialog's success offers the entry ticket.
  await page.getByRole("button", { name: "ثبت ورود" }).first().click();
  await typePlate(page, PLATE);
  await page.getByRole("dialog").getByRole("button", { name: "ثبت ورود" }).click();
  const ticket = page.getByTestId("print-ticket");
  await expect(ticket).toHaveText("چاپ قبض ورود");
  await expect(ticket).toHaveAttribute("href", /^\/print\/stay\/\d+\?kind=entry&print=1$/);
  await expect(ticket).toHaveAttribute("target", "_blank");
  await page.keyboard.press("Escape");

  backdateEntry(PLATE.canonical, 125);
  await page.getByRole("button", { name: "ثبت خروج" }).first().click();
  await typePlate(page, PLATE);
  await page.getByRole("dialog").getByRole("button", { name: "ثبت خروج" }).click();
  const printReceipt = page.getByTestId("exit-receipt").getByTestId("print-receipt");
  await expect(printReceipt).toHaveText("چاپ رسید");
  const href = (await printReceipt.getAttribute("href")) ?? "";
  expect(href).toMatch(/^\/print\/stay\/\d+\?kind=exit&print=1$/);
  const stay = withE2eDb((db) => db.prepare("SELECT id, cost, receiptCode FROM ParkingSession WHERE plate = ? ORDER BY id DESC").get(PLATE.canonical)) as { id: number; cost: number; receiptCode: string };
  expect(href).toBe(`/print/stay/${stay.id}?kind=exit&print=1`);

  // The print page itself (without ?print=1, so no print dialog in the test).
  await page.goto(`/print/stay/${stay.id}?kind=exit`);
  const receipt = page.getByTestId("printed-receipt");
  await expect(receipt).toHaveAttribute("data-kind", "exit");
  await expect(page.getByTestId("print-controls")).toHaveAttribute("data-page-sized", "yes");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(receipt.getByText("رسید خروج")).toBeVisible();
  await expect(page.getByTestId("receipt-amount")).toContainText("تومان");
  await expect(page.getByTestId("receipt-payment")).toHaveText("نقد");
  await expect(page.getByTestId("receipt-lines")).toBeVisible();
  const verifyUrl = `${baseURL}/r/${stay.receiptCode}`;
  expect(await readQr(page)).toBe(verifyUrl);

  const fa = await printToPdf(page, "receipt-exit-fa");
  expect(fa.count).toBe(1);
  expect(fa.width).toBeCloseTo(80 * MM_IN_PT, 0);
  expect(fa.height).toBeGreaterThan(80 * MM_IN_PT);
  expect(fa.height).toBeLessThan(300 * MM_IN_PT);
  // Sized to the slip, not the 200 mm fallback: no blank paper after the receipt.
  expect(Math.abs(fa.height - 200 * MM_IN_PT)).toBeGreaterThan(2);

  // In English: left to right, the same slip.
  await page.context().addCookies([{ name: "locale", value: "en", url: baseURL ?? "" }]);
  await page.reload();
  await expect(page.getByTestId("print-controls")).toHaveAttribute("data-page-sized", "yes");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(receipt.getByText("Exit receipt")).toBeVisible();
  await expect(page.getByTestId("receipt-payment")).toHaveText("Cash");
  const en = await printToPdf(page, "receipt-exit-en");
  expect(en.count).toBe(1);
  expect(en.width).toBeCloseTo(80 * MM_IN_PT, 0);
  await page.goto(`/print/stay/${stay.id}?kind=entry`);
  await expect(page.getByTestId("printed-receipt")).toHaveAttribute("data-kind", "entry");
  await expect(page.getByTestId("print-controls")).toHaveAttribute("data-page-sized", "yes");
  await printToPdf(page, "receipt-entry-en");
  await page.context().addCookies([{ name: "locale", value: "fa", url: baseURL ?? "" }]);

  // The QR's page, for anyone: signed out, only the stay's plate, times and amount.
  const stranger = await browser.newContext();
  const phone = await stranger.newPage();
  await phone.setViewportSize({ width: 390, height: 844 });
  await phone.goto(verifyUrl);
  await expect(phone.getByTestId("verified-stay")).toHaveAttribute("data-plate", PLATE.canonical);
  await expect(phone.getByTestId("verified-amount")).toContainText("تومان");
  await expect(phone.getByTestId("verified-state")).toHaveText("پرداخت‌شده");
  await phone.screenshot({ path: path.join(SHOTS, "receipt-verify-fa.png"), fullPage: true });
  const missing = await phone.goto(`${baseURL}/r/${"x".repeat(22)}`);
  expect(missing?.status()).toBe(404);
  await expect(phone.getByTestId("receipt-not-found")).toContainText("No receipt with this code");
  await stranger.close();

  // Reprint from the stay's details.
  await page.goto("/dashboard");
  await page.locator(`tr[data-plate="${PLATE.canonical}"]`).first().getByRole("button", { name: "جزئیات" }).click();
  await expect(page.getByTestId("session-details").getByTestId("reprint-receipt")).toHaveAttribute("href", `/print/stay/${stay.id}?kind=exit&print=1`);
});
