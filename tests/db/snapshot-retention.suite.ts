import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/server/actor";

/** The snapshot sweep (retention and orphans) on whichever database DATABASE_URL names, with real files. */
const snapshotDir = fs.mkdtempSync(path.join(os.tmpdir(), "pelak-snapshots-"));
process.env.PELAK_SNAPSHOT_DIR = snapshotDir;
const { db } = await import("@/lib/server/db");
const { pruneSnapshots, ORPHAN_MIN_AGE_MS } = await import("@/lib/server/snapshots/prune-snapshots");
const { runSnapshotSweep } = await import("@/lib/server/snapshots/snapshot-sweep");
const { saveSnapshot } = await import("@/lib/server/snapshots/snapshot-store");
const { updateSettings } = await import("@/lib/server/parking/settings");

export { db };

const admin: Actor = { kind: "user", id: "1", name: "admin", role: "admin" };
const DAY_MS = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);

const files = () => fs.readdirSync(snapshotDir).sort();

/** A snapshot file as recordGateRead leaves it, last modified `ageMs` ago. */
async function photo(ageMs = 2 * ORPHAN_MIN_AGE_MS): Promise<string> {
  const name = await saveSnapshot(Buffer.from([0xff, 0xd8, 0xff, 0xd9]));
  const at = new Date(Date.now() - ageMs);
  fs.utimesSync(path.join(snapshotDir, name), at, at);
  return name;
}

let plateSeq = 0;
/** A stay with both photos: open (still inside) when `exitedDaysAgo` is null. */
async function stay(opts: { enteredDaysAgo: number; exitedDaysAgo: number | null; status?: "closed" | "archived" }) {
  plateSeq += 1;
  const plate = `${String(10 + (plateSeq % 90))}ب${String(100 + plateSeq).slice(-3)}-11`;
  const entry = { plate, entryAt: daysAgo(opts.enteredDaysAgo), entrySnapshot: await photo() };
  if (opts.exitedDaysAgo === null) return db.parkingSession.create({ data: { ...entry, openPlate: plate, status: "open" } });
  return db.parkingSession.create({
    data: { ...entry, status: opts.status ?? "closed", exitAt: daysAgo(opts.exitedDaysAgo), exitSnapshot: await photo() },
  });
}

const row = (id: number) => db.parkingSession.findUniqueOrThrow({ where: { id } });
const setRetention = (days: number) => db.setting.update({ where: { id: 1 }, data: { snapshotRetentionDays: days } });

beforeEach(async () => {
  await db.parkingSession.deleteMany();
  await db.auditLog.deleteMany();
  await setRetention(90);
  for (const file of files()) fs.rmSync(path.join(snapshotDir, file));
});

afterEach(() => {
  process.env.PELAK_SNAPSHOT_DIR = snapshotDir;
  vi.restoreAllMocks();
});

describe("pruneSnapshots: retention", () => {
  it("removes the photos of stays that ended before the retention and clears their columns, with an audit row", async () => {
    const old = await stay({ enteredDaysAgo: 100, exitedDaysAgo: 91 });
    const archived = await stay({ enteredDaysAgo: 200, exitedDaysAgo: 120, status: "archived" });
    const recent = await stay({ enteredDaysAgo: 100, exitedDaysAgo: 89 });
    expect(await pruneSnapshots()).toEqual({ stays: 2, photos: 4, orphans: 0 });
    for (const id of [old.id, archived.id]) expect(await row(id)).toMatchObject({ entrySnapshot: null, exitSnapshot: null });
    expect(await row(recent.id)).toMatchObject({ entrySnapshot: recent.entrySnapshot, exitSnapshot: recent.exitSnapshot });
    expect(files()).toEqual([recent.entrySnapshot, recent.exitSnapshot].sort());
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "snapshots.expire" } });
    expect(audit.actor).toBe("system:snapshot-sweep:snapshot-sweep");
    expect(JSON.parse(audit.after ?? "{}")).toMatchObject({ retentionDays: 90, stays: 2, photos: 4 });
    expect(await pruneSnapshots()).toEqual({ stays: 0, photos: 0, orphans: 0 });
    expect(await db.auditLog.count()).toBe(1);
  });

  it("keeps the photo of a car still inside, however long ago it entered", async () => {
    const inside = await stay({ enteredDaysAgo: 400, exitedDaysAgo: null });
    await setRetention(1);
    expect(await pruneSnapshots()).toEqual({ stays: 0, photos: 0, orphans: 0 });
    expect((await row(inside.id)).entrySnapshot).toBe(inside.entrySnapshot);
    expect(files()).toEqual([inside.entrySnapshot]);
  });

  it("keeps every photo when the retention is 0", async () => {
    const ancient = await stay({ enteredDaysAgo: 3_000, exitedDaysAgo: 2_999 });
    await setRetention(0);
    expect(await pruneSnapshots()).toEqual({ stays: 0, photos: 0, orphans: 0 });
    expect(await row(ancient.id)).toMatchObject({ entrySnapshot: ancient.entrySnapshot, exitSnapshot: ancient.exitSnapshot });
    expect(files()).toHaveLength(2);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("works through more stays than one batch", async () => {
    const names = await Promise.all(Array.from({ length: 501 }, () => photo()));
    await db.parkingSession.createMany({
      data: names.map((name, i) => ({ plate: "12ب345-67", status: "closed", entryAt: daysAgo(100), exitAt: daysAgo(95), entryRequestId: `r${i}`, entrySnapshot: name })),
    });
    expect(await pruneSnapshots()).toEqual({ stays: 501, photos: 501, orphans: 0 });
    expect(files()).toEqual([]);
    expect(await db.parkingSession.count({ where: { entrySnapshot: { not: null } } })).toBe(0);
  });

  it("runs right after an admin shortens the retention", async () => {
    const exited40DaysAgo = await stay({ enteredDaysAgo: 41, exitedDaysAgo: 40 });
    await updateSettings({ patch: { snapshotRetentionDays: 60 }, actor: admin });
    expect(files()).toHaveLength(2);
    await updateSettings({ patch: { snapshotRetentionDays: 30 }, actor: admin });
    expect(await row(exited40DaysAgo.id)).toMatchObject({ entrySnapshot: null, exitSnapshot: null });
    expect(files()).toEqual([]);
  });
});

describe("pruneSnapshots: orphans", () => {
  it("removes unreferenced files older than an hour and keeps younger ones, referenced ones and foreign files", async () => {
    const referenced = await stay({ enteredDaysAgo: 10, exitedDaysAgo: 9 });
    const orphan = await photo(ORPHAN_MIN_AGE_MS + 60_000);
    const young = await photo(ORPHAN_MIN_AGE_MS - 60_000);
    fs.writeFileSync(path.join(snapshotDir, "README.txt"), "not ours");
    expect(await pruneSnapshots()).toEqual({ stays: 0, photos: 0, orphans: 1 });
    expect(files()).not.toContain(orphan);
    expect(files()).toEqual([referenced.entrySnapshot, referenced.exitSnapshot, young, "README.txt"].sort());
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "snapshots.orphans" } });
    expect(JSON.parse(audit.after ?? "{}")).toEqual({ files: 1 });
  });

  it("treats a missing snapshot folder as empty", async () => {
    process.env.PELAK_SNAPSHOT_DIR = path.join(snapshotDir, "not-created-yet");
    expect(await pruneSnapshots()).toEqual({ stays: 0, photos: 0, orphans: 0 });
  });
});

describe("runSnapshotSweep", () => {
  it("logs a failure instead of throwing it", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const notAFolder = path.join(snapshotDir, "README.txt");
    fs.writeFileSync(notAFolder, "a file where the folder should be");
    process.env.PELAK_SNAPSHOT_DIR = notAFolder;
    await expect(runSnapshotSweep()).resolves.toBeUndefined();
    expect(errors).toHaveBeenCalledWith("pelak: snapshot sweep failed:", expect.objectContaining({ code: "ENOTDIR" }));
  });
});
