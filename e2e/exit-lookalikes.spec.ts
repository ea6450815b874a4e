import { expect, type Page } from "@playwright/test";
import { ADMIN, signIn, typePlate, withE2eDb } from "./support";
import { EMPTY_ROAD, test } from "./support/fake-camera";
import { typeGatePlate } from "./support/gate-page";

// No plate in view: the reader submits nothing of its own while the operator types.
test.use({ fakeCameraShots: [[{ image: EMPTY_ROAD, seconds: 1 }], { scope: "worker" }] });
test.describe.configure({ mode: "serial" });

/** Plates no earlier file used: digits from the clock, the letter ق that a reader takes for ن. */
function uniqueCar(offset: number) {
  const n = (Math.floor(Date.now() / 1000) + offset) % 81_000;
  const [first, middle, region] = [String(10 + (n % 90)), String(100 + Math.floor(n / 90)), String(10 + (offset % 90))];
  return {
    car: { first, letter: "ق", rest: `${middle}${region}`, canonical: `${first}ق${middle}-${region}` },
    misread: { first, letter: "ن", rest: `${middle}${region}`, canonical: `${first}ن${middle}-${region}` },
  };
}

const GATE = uniqueCar(11);
const DIALOG = uniqueCar(47);

const stay = (plate: string) =>
  withE2eDb((db) => db.prepare("SELECT id, status, entrySnapshot, exitSnapshot FROM ParkingSession WHERE plate = ? ORDER BY id DESC").get(plate)) as
    { id: number; status: string; entrySnapshot: string | null; exitSnapshot: string | null };

const matchAudit = (id: number) =>
  withE2eDb((db) => db.prepare("SELECT actor, after FROM AuditLog WHERE action = 'exit.lookalike_match' AND entityId = ?").get(String(id))) as
    { actor: string; after: string } | undefined;

async function openGate(page: Page, direction: "entry" | "exit") {
  await page.evaluate((value) => localStorage.setItem("pelak.gate.direction", value), direction);
  await page.goto("/gate");
  await expect(page.getByTestId("gate-station")).toHaveAttribute("data-direction", direction);
  await expect(page.locator("video")).toHaveJSProperty("readyState", 4, { timeout: 30_000 });
}

test("the gate offers the look-alike car inside with its entry photo, and one tap lets it out", async ({ page }, testInfo) => {
  // The gate page loads the plate reader twice (entry, then exit): about a minute on a loaded machine.
  test.setTimeout(180_000);
  await signIn(page, ADMIN);
  await openGate(page, "entry");
  await typeGatePlate(page, GATE.car);
  await page.getByTestId("gate-submit").click();
  await expect(page.getByTestId("gate-result")).toHaveAttribute("data-status", "entry");
  expect(stay(GATE.car.canonical).entrySnapshot).toBeTruthy();

  await openGate(page, "exit");
  await typeGatePlate(page, GATE.misread);
  await page.getByTestId("gate-submit").click();
  const result = page.getByTestId("gate-result");
  await expect(result).toHaveAttribute("data-status", "refused");
  await expect(page.getByTestId("gate-refusal")).toHaveText("این خودرو داخل پارکینگ نیست.");
  const offer = result.getByTestId("lookalike-offer");
  await expect(offer).toContainText("شاید پلاک اشتباه خوانده شده");
  // ق/ن is the most common confusion: this car comes first, whatever else is inside.
  const pick = offer.getByTestId("lookalike-pick").first();
  await expect(pick).toHaveAttribute("data-plate", GATE.car.canonical);
  await expect(pick.getByRole("img", { name: "عکس ورود خودرو" })).toHaveJSProperty("complete", true);
  expect(await pick.getByRole("img").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await page.screenshot({ path: testInfo.outputPath("gate-lookalike-offer-fa.png") });

  await pick.click();
  await expect(result).toHaveAttribute("data-status", "exit");
  const closed = stay(GATE.car.canonical);
  expect(closed.status).toBe("closed");
  // The refused read's photo goes with the corrected read.
  expect(closed.exitSnapshot).toBeTruthy();
  expect(JSON.parse(matchAudit(closed.id)?.after ?? "{}")).toMatchObject({ readPlate: GATE.misread.canonical, plate: GATE.car.canonical });
});

test("the exit dialog offers the look-alike, registers its exit, and the audit log says so", async ({ page }, testInfo) => {
  await signIn(page, ADMIN);
  await page.getByRole("button", { name: "ثبت ورود" }).first().click();
  await typePlate(page, DIALOG.car);
  await page.getByRole("dialog").getByRole("button", { name: "ثبت ورود" }).click();
  await expect(page.getByRole("dialog").getByRole("status")).toContainText("ورود ثبت شد");
  await page.keyboard.press("Escape");

  await page.getByRole("button", { name: "ثبت خروج" }).first().click();
  const dialog = page.getByRole("dialog");
  await typePlate(page, DIALOG.misread);
  await dialog.getByRole("button", { name: "ثبت خروج" }).click();
  await expect(dialog.getByRole("alert")).toContainText("در پارکینگ نیست");
  const pick = dialog.getByTestId("lookalike-pick").first();
  await expect(pick).toHaveAttribute("data-plate", DIALOG.car.canonical);
  await expect(pick).toContainText("بی‌عکس");
  await dialog.screenshot({ path: testInfo.outputPath("exit-dialog-lookalike-offer-fa.png") });

  await pick.click();
  await expect(page.getByTestId("exit-receipt")).toBeVisible();
  const closed = stay(DIALOG.car.canonical);
  expect(closed.status).toBe("closed");
  expect(matchAudit(closed.id)?.actor).toMatch(/^user:\d+:/);

  await page.goto(`/admin/audit?action=exit.lookalike_match&plate=${encodeURIComponent(DIALOG.car.canonical)}`);
  const rows = page.locator("main tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("اصلاح خوانش خروج با پلاک مشابه");
  await expect(rows.first()).toContainText("داخل نبود؛ خروج برای خودروی مشابه");
});
