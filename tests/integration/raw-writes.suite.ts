import { expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";

/**
 * The hot-path writes are raw SQL (register-entry/exit, audit). Whatever they store must read back
 * through Prisma exactly as Prisma's own writes do, dates included, and compare correctly in
 * date-range queries. DATABASE_URL is set by the importing test file.
 */
const { db } = await import("@/lib/server/db");
const { registerEntry } = await import("@/lib/server/parking/register-entry");
const { registerExit } = await import("@/lib/server/parking/register-exit");
const { todayRevenue } = await import("@/lib/server/parking/status");

const actor: Actor = { kind: "token", id: "7", name: "gate", role: "operator" };

it("entry, exit and audit rows written raw read back through Prisma like Prisma's own writes", async () => {
  const before = new Date();
  const entry = await registerEntry({ plate: "12ب345-67", image: "img-in", requestId: "raw-1", actor });
  const exit = await registerExit({ plate: "12ب345-67", image: "img-out", requestId: "raw-2", actor });
  const after = new Date();

  const row = await db.parkingSession.findUniqueOrThrow({ where: { id: entry.entryId } });
  expect(row).toMatchObject({
    plate: "12ب345-67", openPlate: null, status: "closed", entryImage: "img-in", exitImage: "img-out",
    entryRequestId: "raw-1", exitRequestId: "raw-2", entryActor: "gate", exitActor: "gate",
    durationMinutes: exit.durationMinutes, cost: exit.cost,
  });
  expect(row.entryAt).toEqual(entry.entryAt);
  expect(row.exitAt).toEqual(exit.exitAt);
  for (const at of [row.entryAt, row.exitAt]) {
    expect(at!.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(at!.getTime()).toBeLessThanOrEqual(after.getTime());
  }

  // Prisma date filters (reports, today's revenue) find the raw-written dates.
  expect(await db.parkingSession.count({ where: { id: row.id, entryAt: { gte: before, lte: after }, exitAt: { gte: before } } })).toBe(1);
  expect(await todayRevenue(after)).toBe(exit.cost);

  const audit = await db.auditLog.findMany({ where: { entityId: String(row.id) }, orderBy: { id: "asc" } });
  expect(audit.map((a) => [a.action, a.actor])).toEqual([["entry.register", "token:7:gate"], ["exit.register", "token:7:gate"]]);
  expect(audit.every((a) => a.at >= before && a.at <= after)).toBe(true);
  expect(JSON.parse(audit[1].after ?? "{}")).toMatchObject({ status: "closed", cost: exit.cost });
});

it("a second entry of a car inside is already_inside, also via the raw insert's unique violation", async () => {
  await registerEntry({ plate: "22ب222-22", actor });
  await expect(registerEntry({ plate: "22ب222-22", actor })).rejects.toMatchObject({ code: "already_inside" });
  expect(await db.parkingSession.count({ where: { plate: "22ب222-22" } })).toBe(1);
});
