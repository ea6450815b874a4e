import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";

/** The same use-case tests on whichever database DATABASE_URL names (set before this import). */
// A shorter photo retention runs the snapshot sweep: never on the working tree's data/snapshots.
process.env.PELAK_SNAPSHOT_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "pelak-snapshots-"));
const { db } = await import("@/lib/server/db");
const { registerEntry } = await import("@/lib/server/parking/register-entry");
const { registerExit } = await import("@/lib/server/parking/register-exit");
const { getSettings, updateSettings } = await import("@/lib/server/parking/settings");
const { readGateSettings } = await import("@/lib/server/parking/settings");
const { getParkingStatus } = await import("@/lib/server/parking/status");
const { resetParking } = await import("@/lib/server/parking/reset-parking");
const { listCarsInside, listRecentActivity } = await import("@/lib/server/parking/activity");

const admin: Actor = { kind: "user", id: "1", name: "admin", role: "admin" };
const operator: Actor = { kind: "user", id: "2", name: "op", role: "operator" };

async function backdate(plate: string, minutes: number) {
  await db.parkingSession.update({
    where: { openPlate: plate },
    data: { entryAt: new Date(Date.now() - minutes * 60_000 - 5_000) },
  });
}

beforeAll(async () => {
  await db.setting.findUniqueOrThrow({ where: { id: 1 } });
});

export { db };

beforeEach(async () => {
  await db.parkingSession.deleteMany();
  await db.auditLog.deleteMany();
  // Back to the migration's default car plan (20,000 per hour, no grace), as the settings below say.
  await db.$executeRaw`DELETE FROM "TariffPlan" WHERE "createdBy" <> 'migration'`;
  await db.setting.update({
    where: { id: 1 },
    data: { capacity: 200, pricePerHour: 20_000, graceMinutes: 0, gateAutoFrames: 3, gateAutoConfidence: 0.9999, gateCooldownSeconds: 60, snapshotRetentionDays: 90 },
  });
});

describe("registerEntry / registerExit", () => {
  it("enters, exits after 120 minutes and charges 40,000 (the original system's example)", async () => {
    const entry = await registerEntry({ plate: "۱۲ب۳۴۵ ایران ۶۷", actor: operator });
    expect(entry.plate).toBe("12ب345-67");
    await backdate("12ب345-67", 120);
    const exit = await registerExit({ plate: "12ب345-67", actor: operator });
    expect(exit).toMatchObject({ sessionId: entry.entryId, durationMinutes: 120, cost: 40_000, replayed: false });
    const audit = await db.auditLog.findMany({ orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["entry.register", "exit.register"]);
    expect(audit[1].actor).toBe("user:2:op");
  });

  it("records the time the car was seen when given (a read queued offline), and charges from it", async () => {
    const seen = new Date(Date.now() - 90 * 60_000);
    const entry = await registerEntry({ plate: "12ب345-67", at: seen, snapshot: "a.jpg", reading: { source: "auto", confidence: 0.998 }, actor: operator });
    expect(entry.entryAt.getTime()).toBe(seen.getTime());
    const left = new Date(seen.getTime() + 61 * 60_000);
    const exit = await registerExit({ plate: "12ب345-67", at: left, snapshot: "b.jpg", reading: { source: "manual", confidence: null }, actor: operator });
    expect(exit).toMatchObject({ durationMinutes: 61, cost: 40_000 });
    expect(exit.exitAt.getTime()).toBe(left.getTime());
    const row = await db.parkingSession.findUniqueOrThrow({ where: { id: entry.entryId } });
    expect(row).toMatchObject({ entryAt: seen, exitAt: left, entrySnapshot: "a.jpg", exitSnapshot: "b.jpg" });
    // Both times are kept: when the car was seen and when the server heard of it.
    expect(Date.now() - row.entryReceivedAt!.getTime()).toBeLessThan(60_000);
    expect(Date.now() - row.exitReceivedAt!.getTime()).toBeLessThan(60_000);
    const audit = await db.auditLog.findMany({ where: { action: { endsWith: ".register" } }, orderBy: { id: "asc" } });
    expect(audit.map((a) => JSON.parse(a.after ?? "{}").reading)).toEqual([{ source: "auto", confidence: 0.998 }, { source: "manual", confidence: null }]);
  });

  it("flags a read that reached the server over 10 minutes after it was made, and only such a read", async () => {
    const entry = await registerEntry({ plate: "12ب345-67", at: new Date(Date.now() - 3 * 60_000), actor: operator });
    await registerExit({ plate: "12ب345-67", at: new Date(Date.now() - 2 * 60_000), actor: operator });
    await registerEntry({ plate: "12ب345-67", at: new Date(Date.now() - 40 * 60_000), actor: operator });
    const late = await db.auditLog.findMany({ where: { action: "gate.late_read" } });
    expect(late).toHaveLength(1);
    expect(late[0].entityId).not.toBe(String(entry.entryId));
    expect(JSON.parse(late[0].after!)).toMatchObject({ direction: "entry", plate: "12ب345-67", lateMinutes: 40 });
    const { countRecentLateReads } = await import("@/lib/server/parking/late-read-audit");
    expect(await countRecentLateReads()).toBe(1);
  });

  it("never records an exit before its entry", async () => {
    const entry = await registerEntry({ plate: "12ب345-67", actor: operator });
    const exit = await registerExit({ plate: "12ب345-67", at: new Date(entry.entryAt.getTime() - 10 * 60_000), actor: operator });
    expect(exit.exitAt.getTime()).toBe(entry.entryAt.getTime());
    expect(exit.durationMinutes).toBe(0);
  });

  it("refuses a car that is already inside, and the database itself refuses a second open session", async () => {
    await registerEntry({ plate: "12ب345-67", actor: operator });
    await expect(registerEntry({ plate: "12 ب 345 67", actor: operator })).rejects.toMatchObject({ code: "already_inside", status: 409 });
    await expect(db.parkingSession.create({ data: { plate: "12ب345-67", openPlate: "12ب345-67" } })).rejects.toMatchObject({ code: "P2002" });
    expect(await db.parkingSession.count()).toBe(1);
  });

  it("refuses entry when the lot is full and frees the space on exit", async () => {
    await updateSettings({ patch: { capacity: 1 }, actor: admin });
    await registerEntry({ plate: "11ب111-11", actor: operator });
    await expect(registerEntry({ plate: "22ب222-22", actor: operator })).rejects.toMatchObject({ code: "lot_full" });
    await registerExit({ plate: "11ب111-11", actor: operator });
    await expect(registerEntry({ plate: "22ب222-22", actor: operator })).resolves.toMatchObject({ plate: "22ب222-22" });
  });

  it("refuses an exit for a car that is not inside and invalid plates, writing nothing", async () => {
    await expect(registerExit({ plate: "12ب345-67", actor: operator })).rejects.toMatchObject({ code: "not_inside", status: 404 });
    await expect(registerEntry({ plate: "12X345-67", actor: operator })).rejects.toMatchObject({ code: "invalid_plate", status: 422 });
    expect(await db.parkingSession.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("lets exactly one of many simultaneous entries take the last space", async () => {
    await updateSettings({ patch: { capacity: 1 }, actor: admin });
    const plates = ["11ب111-11", "22ب222-22", "33ب333-33", "44ب444-44", "55ب555-55"];
    const results = await Promise.allSettled(plates.map((plate) => registerEntry({ plate, actor: operator })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.parkingSession.count()).toBe(1);
  });

  it("charges simultaneous exits of one car once", async () => {
    await registerEntry({ plate: "12ب345-67", actor: operator });
    const results = await Promise.allSettled([1, 2, 3, 4].map(() => registerExit({ plate: "12ب345-67", actor: operator })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.auditLog.count({ where: { action: "exit.register" } })).toBe(1);
  });

  it("answers simultaneous retries of one request with the first result", async () => {
    const entries = await Promise.all([1, 2, 3, 4, 5].map(() => registerEntry({ plate: "12ب345-67", requestId: "r-1", actor: operator })));
    expect(new Set(entries.map((e) => e.entryId)).size).toBe(1);
    const exits = await Promise.all([1, 2, 3, 4].map(() => registerExit({ plate: "12ب345-67", requestId: "r-2", actor: operator })));
    expect(new Set(exits.map((e) => `${e.sessionId}:${e.cost}`)).size).toBe(1);
    expect(await db.parkingSession.count()).toBe(1);
    expect(await db.auditLog.count()).toBe(2);
  });

  it("treats a repeated request id as the same request", async () => {
    const first = await registerEntry({ plate: "12ب345-67", requestId: "tablet-1:7", actor: operator });
    const again = await registerEntry({ plate: "12ب345-67", requestId: "tablet-1:7", actor: operator });
    expect(again).toMatchObject({ entryId: first.entryId, replayed: true });
    await expect(registerEntry({ plate: "99ب999-99", requestId: "tablet-1:7", actor: operator })).rejects.toMatchObject({ code: "request_id_reused" });
    const exit = await registerExit({ plate: "12ب345-67", requestId: "tablet-1:8", actor: operator });
    const exitAgain = await registerExit({ plate: "12ب345-67", requestId: "tablet-1:8", actor: operator });
    expect(exitAgain).toMatchObject({ sessionId: exit.sessionId, cost: exit.cost, replayed: true });
    expect(await db.parkingSession.count()).toBe(1);
  });
});

describe("settings, status, reset and lists", () => {
  it("updates settings for admins only, with an audit row holding before and after", async () => {
    await expect(updateSettings({ patch: { pricePerHour: 30_000 }, actor: operator })).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateSettings({ patch: { capacity: 0 }, actor: admin })).rejects.toMatchObject({ code: "validation" });
    const settings = await updateSettings({ patch: { pricePerHour: 30_000, graceMinutes: 10 }, actor: admin });
    expect(settings).toMatchObject({ pricePerHour: 30_000, graceMinutes: 10, capacity: 200 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "settings.update" } });
    expect(JSON.parse(audit.before ?? "{}").pricePerHour).toBe(20_000);
    expect(JSON.parse(audit.after ?? "{}").pricePerHour).toBe(30_000);
    expect((await getSettings()).pricePerHour).toBe(30_000);
  });

  it("keeps the gate's auto-submit settings, within their limits", async () => {
    expect(await readGateSettings()).toEqual({ autoFrames: 3, autoConfidence: 0.9999, cooldownSeconds: 60 });
    for (const patch of [{ gateAutoFrames: 0 }, { gateAutoFrames: 11 }, { gateAutoFrames: 2.5 }, { gateAutoConfidence: 0.4 }, { gateAutoConfidence: 1.01 }, { gateCooldownSeconds: -1 }, { gateCooldownSeconds: 3_601 }]) {
      await expect(updateSettings({ patch, actor: admin })).rejects.toMatchObject({ code: "validation", fieldErrors: { [Object.keys(patch)[0]]: expect.any(Object) } });
    }
    await expect(updateSettings({ patch: { gateAutoFrames: 5 }, actor: operator })).rejects.toMatchObject({ code: "forbidden" });
    const settings = await updateSettings({ patch: { gateAutoFrames: 5, gateAutoConfidence: 0.98, gateCooldownSeconds: 0 }, actor: admin });
    expect(settings).toMatchObject({ gateAutoFrames: 5, gateAutoConfidence: 0.98, gateCooldownSeconds: 0, capacity: 200 });
    expect(await readGateSettings()).toEqual({ autoFrames: 5, autoConfidence: 0.98, cooldownSeconds: 0 });
  });

  it("keeps gate photos 90 days by default, 0 (for good) to 3650, with bilingual field errors", async () => {
    expect((await getSettings()).snapshotRetentionDays).toBe(90);
    for (const snapshotRetentionDays of [-1, 3_651, 1.5]) {
      await expect(updateSettings({ patch: { snapshotRetentionDays }, actor: admin })).rejects.toMatchObject({
        code: "validation",
        status: 422,
        fieldErrors: { snapshotRetentionDays: { fa: expect.stringMatching(/\S/), en: expect.stringMatching(/\S/) } },
      });
    }
    await expect(updateSettings({ patch: { snapshotRetentionDays: 30 }, actor: operator })).rejects.toMatchObject({ code: "forbidden" });
    expect(await updateSettings({ patch: { snapshotRetentionDays: 0 }, actor: admin })).toMatchObject({ snapshotRetentionDays: 0 });
    expect(await updateSettings({ patch: { snapshotRetentionDays: 3_650 }, actor: admin })).toMatchObject({ snapshotRetentionDays: 3_650 });
    expect((await getSettings()).snapshotRetentionDays).toBe(3_650);
  });

  it("reports status with today's revenue", async () => {
    await registerEntry({ plate: "11ب111-11", actor: operator });
    await registerEntry({ plate: "22ب222-22", actor: operator });
    await backdate("22ب222-22", 61);
    await registerExit({ plate: "22ب222-22", actor: operator });
    expect(await getParkingStatus()).toMatchObject({ capacity: 200, active: 1, free: 199, pricePerHour: 20_000, todayRevenue: 40_000 });
  });

  it("reset archives open sessions and keeps history", async () => {
    await registerEntry({ plate: "11ب111-11", actor: operator });
    await registerEntry({ plate: "22ب222-22", actor: operator });
    await registerExit({ plate: "22ب222-22", actor: operator });
    await expect(resetParking({ actor: operator })).rejects.toMatchObject({ code: "forbidden" });
    expect(await resetParking({ actor: admin })).toEqual({ archived: 1 });
    expect(await db.parkingSession.count()).toBe(2);
    expect((await getParkingStatus()).active).toBe(0);
    expect((await getSettings()).lastResetAt).toBeInstanceOf(Date);
    await expect(registerEntry({ plate: "11ب111-11", actor: operator })).resolves.toBeTruthy();
  });

  it("lists recent activity by last event and searches cars inside in any digit script", async () => {
    // Seconds apart: the three writes can otherwise land in the same millisecond.
    const t0 = Date.now() - 60_000;
    await registerEntry({ plate: "11ب111-11", actor: operator, at: new Date(t0) });
    await registerEntry({ plate: "22ب222-22", actor: operator, at: new Date(t0 + 1_000) });
    await registerExit({ plate: "11ب111-11", actor: operator, at: new Date(t0 + 2_000) });
    const recent = await listRecentActivity({ limit: 10 });
    expect(recent.map((r) => [r.plate, r.status])).toEqual([["11ب111-11", "closed"], ["22ب222-22", "open"]]);
    expect((await listCarsInside({ query: "۲۲۲-۲۲" })).map((r) => r.plate)).toEqual(["22ب222-22"]);
    expect(await listCarsInside({ query: "111" })).toEqual([]);
  });
});
