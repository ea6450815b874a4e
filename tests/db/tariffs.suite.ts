import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";

/** Tariff plans on whichever database DATABASE_URL names (set before this import). */
const { db } = await import("@/lib/server/db");
const { registerEntry } = await import("@/lib/server/parking/register-entry");
const { registerExit } = await import("@/lib/server/parking/register-exit");
const { getSettings, updateSettings } = await import("@/lib/server/parking/settings");
const { getParkingStatus } = await import("@/lib/server/parking/status");
const { addTariffVersion, listTariffVersions } = await import("@/lib/server/tariffs/tariff-plans");
const { createStayPricer, quoteStay } = await import("@/lib/server/tariffs/stay-pricer");

const admin: Actor = { kind: "user", id: "1", name: "admin", role: "admin" };
const operator: Actor = { kind: "user", id: "2", name: "op", role: "operator" };
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000 - 5_000);

beforeEach(async () => {
  await db.parkingSession.deleteMany();
  await db.auditLog.deleteMany();
  await db.$executeRaw`DELETE FROM "TariffPlan" WHERE "createdBy" <> 'migration'`;
  await db.setting.update({ where: { id: 1 }, data: { capacity: 200, pricePerHour: 20_000, graceMinutes: 0 } });
});

describe("tariff plans", () => {
  it("the migration made the default car plan from the settings, in force since always", async () => {
    const [plan, ...others] = await listTariffVersions();
    expect(others).toEqual([]);
    expect(plan).toMatchObject({ vehicleClass: "car", firstHour: 20_000, nextHour: 20_000, freeMinutes: 0, unitMinutes: 60, dailyCap: null, night: null, createdBy: "migration" });
    expect(plan.effectiveFrom.getTime()).toBe(0);
    expect(await getSettings()).toMatchObject({ pricePerHour: 20_000, graceMinutes: 0 });
  });

  it("prices a stay by the plan in force at entry, even when a new version comes before the exit", async () => {
    await registerEntry({ plate: "12ب345-67", at: minutesAgo(120), actor: operator });
    await addTariffVersion({ input: { firstHour: 30_000, nextHour: 20_000 }, actor: admin });
    const exit = await registerExit({ plate: "12ب345-67", actor: operator });
    expect(exit).toMatchObject({ durationMinutes: 120, cost: 40_000 });
    expect(exit.lines?.map((l) => [l.code, l.amount])).toEqual([["first", 20_000], ["next", 20_000]]);
    // A car entering now gets the new version.
    await registerEntry({ plate: "22ب222-22", actor: operator });
    expect(await registerExit({ plate: "22ب222-22", at: new Date(Date.now() + 61 * 60_000), actor: operator })).toMatchObject({ cost: 50_000 });
    const audits = await db.auditLog.findMany({ where: { action: "tariff.add" } });
    expect(audits).toHaveLength(1);
    expect(JSON.parse(audits[0].after ?? "{}")).toMatchObject({ firstHour: 30_000, nextHour: 20_000, createdBy: "admin" });
  });

  it("a replayed exit answers with the same lines", async () => {
    await registerEntry({ plate: "12ب345-67", at: minutesAgo(61), actor: operator });
    const first = await registerExit({ plate: "12ب345-67", requestId: "exit-1", actor: operator });
    await addTariffVersion({ input: { firstHour: 99_000, nextHour: 99_000 }, actor: admin });
    const again = await registerExit({ plate: "12ب345-67", requestId: "exit-1", actor: operator });
    expect(again).toMatchObject({ replayed: true, cost: first.cost });
    expect(again.lines).toEqual(first.lines);
  });

  it("refuses a version in the past, bad units, negative prices and a cap below the first hour; operators may not add", async () => {
    const bad = [
      { firstHour: 30_000, nextHour: 20_000, effectiveFrom: minutesAgo(10) },
      { firstHour: 30_000, nextHour: 20_000, unitMinutes: 45 },
      { firstHour: -1, nextHour: 20_000 },
      { firstHour: 30_000, nextHour: 20_000, dailyCap: 10_000 },
      { firstHour: 30_000, nextHour: 20_000, nightStart: "22:00" },
      { firstHour: 30_000, nextHour: 20_000, vehicleClass: "tank" },
    ];
    for (const input of bad) await expect(addTariffVersion({ input, actor: admin })).rejects.toMatchObject({ code: "validation", status: 422 });
    await expect(addTariffVersion({ input: { firstHour: 30_000, nextHour: 20_000 }, actor: operator })).rejects.toMatchObject({ code: "forbidden" });
    expect(await listTariffVersions()).toHaveLength(1);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("a version effective later applies only to cars entering from then on", async () => {
    const tomorrow = new Date(Date.now() + 86_400_000);
    await addTariffVersion({ input: { firstHour: 50_000, nextHour: 50_000, effectiveFrom: tomorrow }, actor: admin });
    expect((await getSettings()).pricePerHour).toBe(20_000);
    const price = await createStayPricer();
    expect(price({ entryAt: tomorrow, exitAt: new Date(tomorrow.getTime() + 3_600_000), vehicleClass: "car" }).cost).toBe(50_000);
    expect(price({ entryAt: new Date(), exitAt: new Date(Date.now() + 3_600_000), vehicleClass: "car" }).cost).toBe(20_000);
  });

  it("the settings' price per hour adds a car version effective now; saving other settings adds none", async () => {
    await updateSettings({ patch: { capacity: 150, pricePerHour: 20_000, graceMinutes: 0 }, actor: admin });
    expect(await listTariffVersions()).toHaveLength(1);
    await registerEntry({ plate: "12ب345-67", at: minutesAgo(120), actor: operator });
    const settings = await updateSettings({ patch: { pricePerHour: 25_000 }, actor: admin });
    expect(settings).toMatchObject({ pricePerHour: 25_000, graceMinutes: 0 });
    expect(await getParkingStatus()).toMatchObject({ pricePerHour: 25_000 });
    expect(await listTariffVersions()).toHaveLength(2);
    expect((await registerExit({ plate: "12ب345-67", actor: operator })).cost).toBe(40_000); // came in at 20,000
    await registerEntry({ plate: "22ب222-22", actor: operator });
    expect((await registerExit({ plate: "22ب222-22", at: new Date(Date.now() + 90 * 60_000), actor: operator })).cost).toBe(50_000);
  });

  it("the settings report a two-price plan's first hour, and a grace change keeps its prices", async () => {
    await addTariffVersion({ input: { firstHour: 30_000, nextHour: 20_000, dailyCap: 200_000 }, actor: admin });
    expect(await getSettings()).toMatchObject({ pricePerHour: 30_000, graceMinutes: 0 });
    await updateSettings({ patch: { pricePerHour: 30_000, graceMinutes: 10 }, actor: admin });
    const [current] = await listTariffVersions();
    expect(current).toMatchObject({ firstHour: 30_000, nextHour: 20_000, freeMinutes: 10, dailyCap: 200_000 });
  });

  it("a motorcycle is priced by its own plan, a van without one as a car; quotes price like the exit", async () => {
    await addTariffVersion({ input: { vehicleClass: "motorcycle", firstHour: 5_000, nextHour: 3_000 }, actor: admin });
    await registerEntry({ plate: "12ب345-67", vehicleClass: "motorcycle", actor: operator });
    const stay = await db.parkingSession.findFirstOrThrow({ where: { openPlate: "12ب345-67" } });
    expect(stay.vehicleClass).toBe("motorcycle");
    const exitAt = new Date(stay.entryAt.getTime() + 150 * 60_000);
    const quote = await quoteStay({ entryAt: stay.entryAt, exitAt, vehicleClass: "motorcycle" });
    const exit = await registerExit({ plate: "12ب345-67", at: exitAt, actor: operator });
    expect(exit.cost).toBe(5_000 + 2 * 3_000);
    expect(quote).toEqual({ cost: exit.cost, minutes: exit.durationMinutes, lines: exit.lines });
    expect((await quoteStay({ entryAt: minutesAgo(61), exitAt: new Date(), vehicleClass: "van" })).cost).toBe(40_000);
    // A motorcycle that came in before its class had a plan is priced as a car.
    expect((await quoteStay({ entryAt: minutesAgo(61), exitAt: new Date(), vehicleClass: "motorcycle" })).cost).toBe(40_000);
    await expect(quoteStay({ entryAt: new Date(), exitAt: minutesAgo(5), vehicleClass: "car" })).rejects.toMatchObject({ status: 422 });
  });
});
