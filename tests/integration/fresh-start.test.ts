import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startServer } from "./support/server";

/** `npm start` on a machine where neither the data folder nor the database exists yet. */
describe("npm start from nothing", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "pelak-fresh-"));
  const dataDir = path.join(root, "data");
  const database = path.join(root, "db", "pelak.db");
  let server: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    server = await startServer({ databaseUrl: `file:${database}`, dataDir, distDir: inject("distDir"), workers: 1 });
  });
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("creates the data and database folders for its user only (700) and the database file 600", () => {
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.dirname(database)).mode & 0o777).toBe(0o700);
    expect(fs.statSync(database).mode & 0o777).toBe(0o600);
  });

  it("says which migrations it applied, without Prisma's misleading placeholder-datasource warning", () => {
    const log = server.output();
    expect(log).not.toMatch(/unused\.db|warn|datasource/i);
    expect(log).toMatch(/^pelak: applied migrations \d+_init, /m);
  });
});
