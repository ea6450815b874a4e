import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

// Set once in the runner process; the workers inherit it, so every test reads the same database file.
process.env.PELAK_E2E_DIR ||= fs.mkdtempSync(path.join(os.tmpdir(), "pelak-e2e-"));
process.env.PELAK_E2E_PORT ||= "3217";
process.env.PELAK_E2E_ADMIN_PASSWORD ||= "e2e-admin-password";

const dir = process.env.PELAK_E2E_DIR;
const port = process.env.PELAK_E2E_PORT;
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    locale: "fa-IR",
    timezoneId: "Asia/Tehran",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: {
    command: "node scripts/start.mjs",
    url: `${baseURL}/login`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    env: {
      PORT: port,
      DATABASE_URL: `file:${path.join(dir, "e2e.db")}`,
      PELAK_DATA_DIR: dir,
      PELAK_ADMIN_PASSWORD: process.env.PELAK_E2E_ADMIN_PASSWORD,
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next-test",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
