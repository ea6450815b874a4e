import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";

/** An exit whose plate is not inside offers the look-alike cars inside; a one-tap match is audited. */
process.env.PELAK_SNAPSHOT_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "pelak-snapshots-"));
const { db } = await import("@/lib/server/db");
const { AppError } = await import("@/lib/server/errors");
const { registerEntry } = await import("@/lib/server/parking/register-entry");
const { registerExit } = await import("@/lib/server/parking/register-exit");
const { recordGateRead } = await import("@/lib/server/parking/record-gate-read");

const operator: Actor = { kind: "user", id: "2", name: "op", role: "operator" };

async function refusal(exit: Promise<unknown>) {
  const error = await exit.then(() => null, (e: unknown) => e);
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

async function enter(plate: string, minutesAgo: number, snapshot: string | null = null) {
  return (await registerEntry({ plate, at: new Date(Date.now() - minutesAgo * 60_000), snapshot, actor: operator })).entryId;
}

beforeEach(async () => {
  await db.parkingSession.deleteMany();
  await db.auditLog.deleteMany();
  await db.gate.deleteMany();
});

describe("exit of a plate that is not inside", () => {
  it("offers the cars inside one confused character away: most common pair first, with the entry photo", async () => {
    const nun = await enter("12ن345-67", 30, "nun.jpg");
    const seven = await enter("17ق345-67", 10);
    await enter("12ن345-62", 5); // two characters away
    await enter("12م345-67", 5); // م is not confused with ق
    const error = await refusal(registerExit({ plate: "12ق345-67", actor: operator }));
    expect(error).toMatchObject({ code: "not_inside", status: 404 });
    expect(error.suggestions).toEqual([
      { sessionId: nun, plate: "12ن345-67", entryAt: expect.any(Date), entrySnapshot: "nun.jpg" },
      { sessionId: seven, plate: "17ق345-67", entryAt: expect.any(Date), entrySnapshot: null },
    ]);
    expect(Date.now() - error.suggestions![0].entryAt.getTime()).toBeGreaterThan(29 * 60_000);
  });

  it("offers none when no look-alike is inside, nor a car that has left", async () => {
    await enter("12ن345-67", 30);
    await registerExit({ plate: "12ن345-67", actor: operator });
    const error = await refusal(registerExit({ plate: "12ق345-67", actor: operator }));
    expect(error).toMatchObject({ code: "not_inside", suggestions: [] });
  });
});

describe("one-tap match", () => {
  it("closes the look-alike's stay and records the corrected read, who and which gate", async () => {
    const gate = await db.gate.create({ data: { name: "خروجی شمالی", direction: "exit" } });
    const nun = await enter("12ن345-67", 65);
    const other = await enter("17ق345-67", 10);
    const exit = await registerExit({ plate: "12ن345-67", readPlate: "12ق345-67", gateId: gate.id, actor: operator });
    expect(exit).toMatchObject({ sessionId: nun, plate: "12ن345-67", durationMinutes: 65, cost: 40_000 });
    const stays = await db.parkingSession.findMany({ orderBy: { id: "asc" } });
    expect(stays.map((s) => [s.id, s.status, s.exitGateId])).toEqual([[nun, "closed", gate.id], [other, "open", null]]);
    const match = await db.auditLog.findFirstOrThrow({ where: { action: "exit.lookalike_match" } });
    expect(match).toMatchObject({ actor: "user:2:op", entity: "ParkingSession", entityId: String(nun) });
    expect(JSON.parse(match.after ?? "")).toEqual({ readPlate: "12ق345-67", plate: "12ن345-67", gateId: gate.id, gateName: "خروجی شمالی" });
  });

  it("refuses a plate that is not a look-alike of the read, and changes nothing", async () => {
    const id = await enter("55م111-11", 5);
    const error = await refusal(registerExit({ plate: "55م111-11", readPlate: "12ق345-67", actor: operator }));
    expect(error).toMatchObject({ code: "not_lookalike", status: 422 });
    expect(error.messages.fa).toContain("هم‌شکلِ");
    expect((await db.parkingSession.findUniqueOrThrow({ where: { id } })).status).toBe("open");
    expect(await db.auditLog.count({ where: { action: { startsWith: "exit." } } })).toBe(0);
  });

  it("from the gate: the tablet resends the read for the chosen car, with the plate it read", async () => {
    const nun = await enter("12ن345-67", 20);
    const read = { direction: "exit", source: "confirmed", confidence: 0.93, snapshot: null, readAgoMs: 3_000 } as const;
    const exit = await recordGateRead({ read: { ...read, requestId: crypto.randomUUID(), plate: "12ن345-67", readPlate: "12ق345-67" }, actor: operator });
    expect(exit).toMatchObject({ direction: "exit", exit: { sessionId: nun, replayed: false } });
    const actions = await db.auditLog.findMany({ where: { entityId: String(nun), action: { startsWith: "exit." } }, orderBy: { id: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(["exit.register", "exit.lookalike_match"]);
    expect(JSON.parse(actions[0].after ?? "").reading).toEqual({ source: "confirmed", confidence: 0.93 });
  });
});
