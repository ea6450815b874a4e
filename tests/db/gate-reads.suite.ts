import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeEach, describe, expect, it } from "vitest";
import type { GateReadInput } from "@/lib/gate/gate-read-schema";
import type { Actor } from "@/lib/server/actor";

/** recordGateRead (the gate's server action) on whichever database DATABASE_URL names, with real files. */
const snapshotDir = fs.mkdtempSync(path.join(os.tmpdir(), "pelak-snapshots-"));
process.env.PELAK_SNAPSHOT_DIR = snapshotDir;
const { db } = await import("@/lib/server/db");
const { recordGateRead } = await import("@/lib/server/parking/record-gate-read");

export { db };

const operator: Actor = { kind: "user", id: "2", name: "op", role: "operator" };

const jpeg = async (width = 320, height = 180, quality = 70) =>
  sharp({ create: { width, height, channels: 3, background: { r: 40, g: 90, b: 160 } } }).jpeg({ quality }).toBuffer();

/** Random bytes are incompressible, so this JPEG's size grows with its area. */
const noisyJpeg = async (width: number, height: number) =>
  sharp(Buffer.from(Array.from({ length: width * height * 3 }, () => Math.floor(Math.random() * 256))), { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 100 })
    .toBuffer();

let seq = 0;
function read(overrides: Partial<GateReadInput> = {}): GateReadInput {
  seq += 1;
  return {
    requestId: `00000000-0000-4000-8000-${String(seq).padStart(12, "0")}`,
    direction: "entry",
    plate: "12ب345-67",
    source: "auto",
    confidence: 0.998,
    snapshot: null,
    readAgoMs: 0,
    ...overrides,
  };
}

const files = () => fs.readdirSync(snapshotDir).sort();

beforeEach(async () => {
  await db.parkingSession.deleteMany();
  await db.auditLog.deleteMany();
  await db.setting.update({ where: { id: 1 }, data: { capacity: 200, pricePerHour: 20_000, graceMinutes: 0 } });
  for (const file of files()) fs.rmSync(path.join(snapshotDir, file));
});

describe("recordGateRead", () => {
  it("stores the entry's and the exit's snapshot and charges from the times the car was seen", async () => {
    const entryJpeg = await jpeg();
    const entry = await recordGateRead({ read: read({ snapshot: entryJpeg.toString("base64"), readAgoMs: 125 * 60_000 }), actor: operator });
    if (entry.direction !== "entry") throw new Error("expected an entry");
    expect(Date.now() - entry.entry.entryAt.getTime()).toBeGreaterThanOrEqual(125 * 60_000);
    expect(Date.now() - entry.entry.entryAt.getTime()).toBeLessThan(126 * 60_000);
    const exit = await recordGateRead({ read: read({ direction: "exit", snapshot: (await jpeg(640, 360)).toString("base64"), readAgoMs: 4 * 60_000 }), actor: operator });
    expect(exit).toMatchObject({ direction: "exit", exit: { durationMinutes: 121, cost: 60_000, replayed: false } });
    const row = await db.parkingSession.findUniqueOrThrow({ where: { id: entry.entry.entryId } });
    expect(files()).toEqual([row.entrySnapshot, row.exitSnapshot].sort());
    expect(fs.readFileSync(path.join(snapshotDir, row.entrySnapshot ?? "")).equals(entryJpeg)).toBe(true);
    expect(row.entrySnapshot).toMatch(/^[0-9a-f]{32}\.jpg$/);
  });

  it("answers a resent read with the first result, without a second record or a second file", async () => {
    const first = read({ snapshot: (await jpeg()).toString("base64") });
    const results = await Promise.all([1, 2, 3].map(() => recordGateRead({ read: first, actor: operator })));
    expect(results.filter((r) => r.direction === "entry" && !r.entry.replayed)).toHaveLength(1);
    const again = await recordGateRead({ read: first, actor: operator });
    expect(again).toMatchObject({ direction: "entry", entry: { replayed: true } });
    expect(await db.parkingSession.count()).toBe(1);
    const row = await db.parkingSession.findFirstOrThrow();
    expect(files()).toEqual([row.entrySnapshot]);
  });

  it("removes the snapshot when the entry or exit is refused", async () => {
    const snapshot = (await jpeg()).toString("base64");
    await recordGateRead({ read: read(), actor: operator });
    await expect(recordGateRead({ read: read({ snapshot }), actor: operator })).rejects.toMatchObject({ code: "already_inside" });
    await expect(recordGateRead({ read: read({ direction: "exit", plate: "22ب222-22", snapshot }), actor: operator })).rejects.toMatchObject({ code: "not_inside" });
    await db.setting.update({ where: { id: 1 }, data: { capacity: 1 } });
    await expect(recordGateRead({ read: read({ plate: "33ب333-33", snapshot }), actor: operator })).rejects.toMatchObject({ code: "lot_full" });
    await expect(recordGateRead({ read: read({ plate: "12X345-67", snapshot }), actor: operator })).rejects.toMatchObject({ code: "invalid_plate" });
    expect(files()).toEqual([]);
    expect(await db.parkingSession.count()).toBe(1);
  });

  it.each([
    ["larger than 150 KB", async () => noisyJpeg(400, 400), "snapshot_too_large", 413],
    ["a PNG", async () => sharp({ create: { width: 8, height: 8, channels: 3, background: "red" } }).png().toBuffer(), "snapshot_not_jpeg", 415],
    ["JPEG magic then garbage", async () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(500, 7)]), "snapshot_unreadable", 422],
    ["a truncated JPEG", async () => (await noisyJpeg(64, 64)).subarray(0, 2_000), "snapshot_unreadable", 422],
    ["wider than 1280 px", async () => jpeg(1300, 20), "snapshot_dimensions", 422],
  ])("refuses a snapshot that is %s, writing nothing", async (_label, make, code, status) => {
    const snapshot = (await make()).toString("base64");
    await expect(recordGateRead({ read: read({ snapshot }), actor: operator })).rejects.toMatchObject({ code, status, messages: { fa: expect.any(String), en: expect.any(String) } });
    expect(files()).toEqual([]);
    expect(await db.parkingSession.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });
});
