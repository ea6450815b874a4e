import { expect, type Page } from "@playwright/test";
import { ADMIN, collectConsoleErrors, completeFirstRun, signIn, withE2eDb } from "./support";
import { EMPTY_ROAD, test } from "./support/fake-camera";
import { typeGatePlate } from "./support/gate-page";

// A live camera on an empty road: the reader runs (the heartbeat has figures) but reads no plate.
test.use({ fakeCameraShots: [[{ image: EMPTY_ROAD, seconds: 1 }], { scope: "worker" }] });
// Many pages, the model download and a heartbeat to wait for, on a loaded machine.
test.setTimeout(240_000);

const NORTH = "درب شمالی";
const SOUTH = "درب جنوبی";
const WEST = "درب غربی";
const PLATE = "58ق721-44";
const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };

type GateRow = { id: number; lastHeartbeatAt: string | null; heartbeatCameraOn: number | null; heartbeatBackend: string | null };
const gateRow = (name: string) =>
  withE2eDb((db) => db.prepare(`SELECT id, lastHeartbeatAt, heartbeatCameraOn, heartbeatBackend FROM Gate WHERE name = ?`).get(name) as GateRow);

// Later files see a dashboard without these gates (and no warnings about them).
test.afterAll(() =>
  withE2eDb((db) => {
    db.prepare(`UPDATE Gate SET active = 0 WHERE name IN (?, ?, ?)`).run(NORTH, SOUTH, WEST);
    db.prepare(`DELETE FROM ParkingSession WHERE plate = ?`).run(PLATE);
  }),
);

/** Signs in; when this file runs first, the first-run step may appear after the helper saw /dashboard. */
async function signInAdmin(page: Page) {
  await signIn(page, ADMIN);
  await page.goto("/dashboard");
  if (page.url().endsWith("/welcome")) await completeFirstRun(page, ADMIN.password);
}

async function addGate(page: Page, name: string, direction: "entry" | "exit" | "both") {
  await page.getByLabel("نام گیت").fill(name);
  await page.getByLabel("جهت").selectOption(direction);
  await page.getByRole("button", { name: "افزودن گیت" }).click();
  await expect(page.locator(`li[data-gate="${name}"]`)).toBeVisible();
}

test("an admin registers gates, a tablet is paired with one, its heartbeat shows it online and its silence raises a warning", async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await signInAdmin(page);
  await page.getByRole("navigation").getByRole("link", { name: "گیت‌ها" }).click();
  await expect(page).toHaveURL(/\/admin\/gates$/);
  await addGate(page, NORTH, "entry");
  await addGate(page, SOUTH, "both");
  await expect(page.locator(`li[data-gate="${NORTH}"]`)).toContainText("فقط ورود");
  await page.locator(`li[data-gate="${SOUTH}"]`).getByRole("button", { name: "تغییر نام" }).click();
  await page.locator(`li[data-gate="${SOUTH}"]`).getByLabel("نام گیت").fill(WEST);
  await page.getByRole("button", { name: "ذخیره" }).click();
  await expect(page.locator(`li[data-gate="${WEST}"]`)).toContainText("ورود و خروج");
  const audited = withE2eDb((db) => db.prepare(`SELECT action FROM AuditLog WHERE entity = 'Gate' ORDER BY id`).all() as Array<{ action: string }>);
  expect(audited.map((row) => row.action)).toEqual(["gate.create", "gate.create", "gate.update"]);

  // The tablet: pairing with an entry-only gate fixes the direction and is remembered on the device.
  const north = gateRow(NORTH).id;
  const west = gateRow(WEST).id;
  await page.goto("/gate");
  const picker = page.getByTestId("gate-picker");
  await picker.selectOption(String(north));
  await expect(page.getByTestId("gate-station")).toHaveAttribute("data-gate", String(north));
  await expect(page.getByTestId("gate-station")).toHaveAttribute("data-direction", "entry");
  await expect(page.getByRole("radiogroup")).toHaveCount(0);
  await page.reload();
  await expect(picker).toHaveValue(String(north));
  await expect(page.getByRole("radiogroup")).toHaveCount(0);
  await expect.poll(() => gateRow(NORTH).heartbeatCameraOn, { timeout: 30_000 }).toBe(1);

  // A read from the paired tablet records its gate.
  await typeGatePlate(page, { first: "58", letter: "ق", rest: "72144" });
  await page.getByTestId("gate-submit").click();
  await expect(page.getByTestId("gate-result")).toHaveAttribute("data-status", "entry");
  const stay = withE2eDb((db) => db.prepare(`SELECT entryGateId FROM ParkingSession WHERE plate = ?`).get(PLATE));
  expect(stay).toEqual({ entryGateId: north });

  // A gate for both directions keeps the switch; its first heartbeat goes out at once.
  await picker.selectOption(String(west));
  await expect(page.getByRole("radiogroup")).toBeVisible();
  await expect.poll(() => gateRow(WEST).lastHeartbeatAt, { timeout: 15_000 }).not.toBeNull();

  // The dashboard: both gates online with their figures.
  await page.goto("/dashboard");
  const northCard = page.locator(`[data-testid="gate-status"][data-gate="${NORTH}"]`);
  const westCard = page.locator(`[data-testid="gate-status"][data-gate="${WEST}"]`);
  await expect(northCard).toHaveAttribute("data-online", "true");
  await expect(northCard).toContainText("برخط");
  await expect(northCard).toContainText("دوربین روشن");
  await expect(westCard).toHaveAttribute("data-online", "true");
  await expect(page.getByTestId("gate-silent")).toHaveCount(0);

  // The entry gate has been silent for three minutes: offline, and a warning names it.
  const threeMinutesAgo = new Date(Date.now() - 3 * 60_000).toISOString().replace("Z", "+00:00");
  withE2eDb((db) => db.prepare(`UPDATE Gate SET lastHeartbeatAt = ? WHERE id = ?`).run(threeMinutesAgo, north));
  const warning = page.locator(`[data-testid="gate-silent"][data-gate="${NORTH}"]`);
  await expect(warning).toContainText(`«${NORTH}» ۳ دقیقه`);
  await expect(northCard).toHaveAttribute("data-online", "false");
  await expect(northCard).toContainText("برون‌خط");
  await expect(westCard).toHaveAttribute("data-online", "true");

  // The history finds the stay by its gate and names it.
  await page.goto(`/history?gate=${north}`);
  await expect(page.getByTestId("stay-gates")).toHaveText([`${NORTH} → —`]);
  expect(errors).toEqual([]);
});

test("screenshots of the gates page and the dashboard's gate panel in Persian and English", async ({ page, context }) => {
  // The tablet of the test above may have sent one more heartbeat before it closed: silence the gate again.
  const threeMinutesAgo = new Date(Date.now() - 3 * 60_000).toISOString().replace("Z", "+00:00");
  withE2eDb((db) => db.prepare(`UPDATE Gate SET lastHeartbeatAt = ? WHERE name = ?`).run(threeMinutesAgo, NORTH));
  await signInAdmin(page);
  for (const locale of ["fa", "en"] as const) {
    await context.addCookies([{ name: "locale", value: locale, url: page.url() }]);
    for (const [size, viewport] of Object.entries(SIZES)) {
      await page.setViewportSize(viewport);
      await page.goto("/admin/gates");
      await expect(page.locator(`li[data-gate="${WEST}"]`)).toBeVisible();
      await page.screenshot({ path: `e2e/screenshots/admin-gates-${locale}-${size}.png`, fullPage: true });
      await page.goto("/dashboard");
      const panel = page.getByTestId("gates-panel");
      await expect(page.getByTestId("gate-silent").first()).toBeVisible();
      await panel.screenshot({ path: `e2e/screenshots/dashboard-gates-${locale}-${size}.png` });
    }
  }
  await expect(page.getByTestId("gate-silent").first()).toContainText("has sent no heartbeat for");
});
