import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";

/** The legacy import on whichever database DATABASE_URL names (set before this import). */
const { db } = await import("@/lib/server/db");
const { importLegacy } = await import("@/lib/server/legacy-import/import-legacy");
const { getDailyReport } = await import("@/lib/server/parking/reports");
const { forgetReportDays } = await import("@/lib/server/parking/report-days");
const { localDayRange } = await import("@/lib/parking/day-range");
const { getSettings } = await import("@/lib/server/parking/settings");

/** Made by the old backend itself: tests/fixtures/legacy/make-parking-db.py says what it holds. */
const fixture = path.resolve(import.meta.dirname, "../fixtures/legacy/parking.db");
const admin: Actor = { kind: "system", id: "cli", name: "cli:test", role: "admin" };
const operator: Actor = { kind: "user", id: "2", name: "op", role: "operator" };
const legacyRejections = [
  { table: "exits", id: "4", reason: "no entry 99 in entries" },
  { table: "entries", id: "3", reason: expect.stringMatching(/^plate "ABC-123": /) },
  { table: "exits", id: "3", reason: "entry 3 was rejected" },
];

const stays = () =>
  db.parkingSession.findMany({
    orderBy: { id: "asc" },
    select: { plate: true, openPlate: true, status: true, entryAt: true, exitAt: true, durationMinutes: true, cost: true, entryImage: true, exitImage: true, entryRequestId: true },
  });
const settings = () => db.setting.findUniqueOrThrow({ where: { id: 1 }, select: { capacity: true, pricePerHour: true } });

beforeEach(async () => {
  await forgetReportDays(new Date(0));
  await db.parkingSession.deleteMany();
  await db.auditLog.deleteMany();
  await db.$executeRaw`DELETE FROM "TariffPlan" WHERE "createdBy" <> 'migration'`;
  await db.setting.update({ where: { id: 1 }, data: { capacity: 200, pricePerHour: 20_000 } });
});

describe("importLegacy", () => {
  it("creates closed stays with the recorded duration and cost, open ones for cars inside, and the settings", async () => {
    const result = await importLegacy({ file: fixture, dryRun: false, actor: admin });
    expect(result).toEqual({
      dryRun: false,
      created: { closed: 2, open: 2 },
      alreadyImported: 0,
      rejections: legacyRejections,
      settings: { capacity: { from: 200, to: 150 }, pricePerHour: { from: 20_000, to: 30_000 } },
    });
    expect(await stays()).toEqual([
      {
        plate: "12ب345-67", openPlate: null, status: "closed", entryAt: new Date("2025-03-10T08:00:00Z"), exitAt: new Date("2025-03-10T10:00:00Z"),
        durationMinutes: 120, cost: 60_000, entryImage: "images/in/1.jpg", exitImage: "images/out/1.jpg", entryRequestId: "legacy-entry:1",
      },
      {
        plate: "24ج357-26", openPlate: null, status: "closed", entryAt: new Date("2025-03-10T08:05:00Z"), exitAt: new Date("2025-03-10T10:06:30Z"),
        durationMinutes: 121, cost: 90_000, entryImage: null, exitImage: null, entryRequestId: "legacy-entry:2",
      },
      {
        plate: "10الف123-45", openPlate: "10الف123-45", status: "open", entryAt: new Date("2025-03-11T09:00:00Z"), exitAt: null,
        durationMinutes: null, cost: null, entryImage: null, exitImage: null, entryRequestId: "legacy-entry:4",
      },
      {
        plate: "55س666-77", openPlate: "55س666-77", status: "open", entryAt: new Date("2025-03-11T09:30:00Z"), exitAt: null,
        durationMinutes: null, cost: null, entryImage: null, exitImage: null, entryRequestId: "legacy-entry:5",
      },
    ]);
    expect(await settings()).toEqual({ capacity: 150, pricePerHour: 30_000 });
    // The old price is the car tariff plan from now on.
    expect(await getSettings()).toMatchObject({ pricePerHour: 30_000 });
    const [audit] = await db.auditLog.findMany();
    expect(audit).toMatchObject({ action: "legacy.import", actor: "system:cli:cli:test" });
    expect(JSON.parse(audit.after!)).toMatchObject({ file: "parking.db", created: { closed: 2, open: 2 }, alreadyImported: 0, rejections: 3 });
  });

  it("adds nothing when run again, and reports what it skipped", async () => {
    await importLegacy({ file: fixture, dryRun: false, actor: admin });
    const before = await stays();
    const again = await importLegacy({ file: fixture, dryRun: false, actor: admin });
    expect(again).toEqual({ dryRun: false, created: { closed: 0, open: 0 }, alreadyImported: 4, rejections: legacyRejections, settings: {} });
    expect(await stays()).toEqual(before);
    expect(await db.auditLog.count({ where: { action: "legacy.import" } })).toBe(2);
  });

  it("changes nothing in a dry run but reports what a real run would do", async () => {
    const result = await importLegacy({ file: fixture, dryRun: true, actor: admin });
    expect(result).toMatchObject({ dryRun: true, created: { closed: 2, open: 2 }, alreadyImported: 0, rejections: legacyRejections });
    expect(await stays()).toEqual([]);
    expect(await settings()).toEqual({ capacity: 200, pricePerHour: 20_000 });
    expect(await db.auditLog.count()).toBe(0);
  });

  it("reports a car the old system has inside that Pelak has inside already, and imports the rest", async () => {
    const { id } = await db.parkingSession.create({ data: { plate: "10الف123-45", openPlate: "10الف123-45", status: "open" } });
    const result = await importLegacy({ file: fixture, dryRun: false, actor: admin });
    expect(result.created).toEqual({ closed: 2, open: 1 });
    expect(result.rejections).toContainEqual({ table: "entries", id: "4", reason: `plate 10الف123-45 is already inside in Pelak (stay ${id})` });
    expect(await db.parkingSession.count()).toBe(4);
  });

  it("makes a report of an imported day, kept before the import, show the imported revenue", async () => {
    const day = localDayRange(new Date("2025-03-10T12:00:00Z"));
    const before = await getDailyReport({ days: [day], actor: admin });
    expect(before.days[0]).toMatchObject({ exits: 0, revenue: 0 });
    expect(await db.$queryRawUnsafe<unknown[]>(`SELECT * FROM "ReportDay"`)).toHaveLength(1);
    await importLegacy({ file: fixture, dryRun: false, actor: admin });
    const after = await getDailyReport({ days: [day], actor: admin });
    expect(after.days[0]).toMatchObject({ entries: 2, exits: 2, revenue: 150_000, averageStayMinutes: 121 });
  });

  it("refuses a file that is not the old system's database, and anyone but an admin", async () => {
    const other = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pelak-legacy-")), "notes.db");
    fs.writeFileSync(other, "not a database");
    await expect(importLegacy({ file: other, dryRun: true, actor: admin })).rejects.toMatchObject({ code: "not_legacy_database" });
    await expect(importLegacy({ file: `${other}-missing`, dryRun: true, actor: admin })).rejects.toMatchObject({ code: "not_legacy_database" });
    await expect(importLegacy({ file: fixture, dryRun: true, actor: operator })).rejects.toMatchObject({ status: 403 });
  });
});
