import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, type Page } from "@playwright/test";
import { ADMIN, signIn } from "./support";
import { FAKE_CAMERA_CARS, test } from "./support/fake-camera";

// The pages under their Content-Security-Policy (next.config.ts): nothing the app does is blocked,
// the gate's plate reader included, and another site cannot frame them.
const CAR = FAKE_CAMERA_CARS[0];
test.use({ fakeCameraShots: [[{ image: CAR.image, seconds: 2 }], { scope: "worker" }] });

/** Every blocked load or script the browser reports, from the page and from its workers. */
function collectViolations(page: Page): string[] {
  const found: string[] = [];
  const note = (text: string) => {
    if (/Content Security Policy|securitypolicyviolation/i.test(text)) found.push(text.slice(0, 300));
  };
  page.on("console", (message) => note(message.text()));
  page.on("worker", (worker) => worker.on("console", (message) => note(message.text())));
  page.on("pageerror", (error) => note(error.message));
  // The event also reports what the console might not (e.g. a blocked inline style).
  page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (event) =>
      console.error(`securitypolicyviolation: ${event.effectiveDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`),
    ),
  );
  return found;
}

test("the dashboard, the other pages and the gate reading a car run without a policy violation", async ({ page }) => {
  test.setTimeout(120_000);
  const violations = collectViolations(page);
  await signIn(page, ADMIN);
  for (const path of ["/dashboard", "/inside", "/reports", "/admin/settings", "/admin/users"]) {
    await page.goto(path);
    await expect(page.locator("#main")).toBeVisible();
  }
  // Exit gate, car never let in: the read ends as a refusal and leaves no stay behind.
  await page.evaluate(() => localStorage.setItem("pelak.gate.direction", "exit"));
  await page.goto("/gate");
  await expect(page.getByTestId("gate-backend")).toHaveText(/^(WASM|WebGPU)$/, { timeout: 60_000 });
  await expect(page.getByTestId("gate-result")).toHaveAttribute("data-status", "refused", { timeout: 60_000 });
  expect(violations).toEqual([]);
});

test("another site on the same host cannot frame the signed-in dashboard", async ({ page, baseURL }) => {
  await signIn(page, ADMIN);
  // Same site as the app (its cookies go along), another origin: what frame-ancestors 'none' is for.
  // A real server, not page.route: Chrome treats a routed page as public and blocks its frame for that.
  const framing = http.createServer((_, res) =>
    res.writeHead(200, { "content-type": "text/html" }).end(`<iframe src="${baseURL}/dashboard" onload="document.title = 'framed'"></iframe>`),
  );
  await new Promise<void>((resolve) => framing.listen(0, resolve));
  try {
    await page.goto(`http://localhost:${(framing.address() as AddressInfo).port}/`);
    await expect(page).toHaveTitle("framed");
    await expect(page.frameLocator("iframe").locator("#main")).toHaveCount(0);
  } finally {
    framing.close();
  }
});
