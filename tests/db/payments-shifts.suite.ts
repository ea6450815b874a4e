import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";

/** Payment methods and cash shifts on whichever database DATABASE_URL names (set before this import). */
const { db } = await import("@/lib/server/db");
const { registerEntry } = await import("@/lib/server/parking/register-entry");
const { registerExit } = await import("@/lib/server/parking/register-exit");
const { updateSettings } = await import("@/lib/server/parking/settings");
const { openShift, closeShift, getCurrentShift } = await import("@/lib/server/shifts/shifts");
const { listShifts } = await import("@/lib/server/shifts/list-shifts");
const { listStays } = await import("@/lib/server/parking/list-stays");
const { getRevenueByPaymentMethod } = await import("@/lib/server/parking/reports");
const { localDayRange } = await import("@/lib/parking/day-range");

const admin: Actor = { kind: "user", id: "1", name: "admin", role: "admin" };
const operator: Actor = { kind: "user", id: "2", name: "op", role: "operator" };
const other: Actor = { kind: "user", id: "3", name: "op2", role: "operator" };

/** Parks a car that entered `minutes` ago (20,000 an hour: 120 minutes cost 40,000). */
async function park(plate: string, minutes = 120) {
  await registerEntry({ plate, actor: operator });
  // The tariff in force at entry prices the stay: a car "just in" keeps its real entry time.
  if (minutes > 0) await db.parkingSession.update({ where: { openPlate: plate }, data: { entryAt: new Date(Date.now() - minutes * 60_000 - 5_000) } });
}

const plateOf = (i: number) => `${String(10 + (i % 90)).padStart(2, "0")}ب${String(100 + i).slice(-3)}-${String(10 + Math.floor(i / 90)).padStart(2, "0")}`;

beforeEach(async () => {
  await db.parkingSession.deleteMany();
  await db.shift.deleteMany();
  await db.auditLog.deleteMany();
  await updateSettings({ actor: admin, patch: { pricePerHour: 20_000, graceMinutes: 0, capacity: 500 } });
});

describe("payment methods at the exit", () => {
  it("records cash by default, card when chosen, and exempt at 0 keeping the price waived", async () => {
    await park("11ب111-11");
    await park("12ب111-11");
    await park("13ب111-11");
    expect(await registerExit({ plate: "11ب111-11", actor: operator })).toMatchObject({ cost: 40_000, paymentMethod: "cash", shiftId: null });
    expect(await registerExit({ plate: "12ب111-11", actor: operator, payment: { method: "card" } })).toMatchObject({ cost: 40_000, paymentMethod: "card" });
    const exempt = await registerExit({ plate: "13ب111-11", actor: operator, payment: { method: "exempt", exemptReason: "آمبولانس" } });
    expect(exempt).toMatchObject({ cost: 0, paymentMethod: "exempt", waivedAmount: 40_000 });
    // The bill still adds up to what was charged: an exemption line takes the price off.
    expect(exempt.lines?.map((line) => [line.code, line.amount])).toEqual([["first", 20_000], ["next", 20_000], ["exempt", -40_000]]);
    const stay = await db.parkingSession.findUniqueOrThrow({ where: { id: exempt.sessionId } });
    expect(stay).toMatchObject({ cost: 0, paymentMethod: "exempt", exemptReason: "آمبولانس", waivedAmount: 40_000 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "exit.register", entityId: String(exempt.sessionId) } });
    expect(JSON.parse(audit.after ?? "{}")).toMatchObject({ paymentMethod: "exempt", exemptReason: "آمبولانس", waivedAmount: 40_000 });
  });

  it("records no method for a stay within the grace period (nothing to pay)", async () => {
    await updateSettings({ actor: admin, patch: { graceMinutes: 15 } });
    await park("14ب111-11", 0);
    const exit = await registerExit({ plate: "14ب111-11", actor: operator, payment: { method: "card" } });
    expect(exit).toMatchObject({ cost: 0, paymentMethod: null, waivedAmount: null });
  });

  it("answers a replayed exit with the first one's method", async () => {
    await park("15ب111-11");
    const first = await registerExit({ plate: "15ب111-11", actor: operator, requestId: "r-15", payment: { method: "card" } });
    const again = await registerExit({ plate: "15ب111-11", actor: operator, requestId: "r-15" });
    expect(again).toMatchObject({ replayed: true, paymentMethod: "card", cost: first.cost });
  });
});

describe("history by payment method", () => {
  it("filters stays by method on keyset pages and shows the method, reason and amount waived", async () => {
    for (let i = 0; i < 5; i++) await park(plateOf(i + 60));
    await registerExit({ plate: plateOf(60), actor: operator, payment: { method: "card" } });
    await registerExit({ plate: plateOf(61), actor: operator, payment: { method: "exempt", exemptReason: "police" } });
    await registerExit({ plate: plateOf(62), actor: operator, payment: { method: "card" } });
    await registerExit({ plate: plateOf(63), actor: operator });
    const first = await listStays({ paymentMethod: "card", limit: 1 });
    const second = await listStays({ paymentMethod: "card", limit: 1, cursor: first.nextCursor ?? undefined });
    expect([...first.items, ...second.items].map((s) => s.plate).sort()).toEqual([plateOf(60), plateOf(62)].sort());
    expect(second.nextCursor).toBeNull();
    expect((await listStays({ paymentMethod: "exempt" })).items).toMatchObject([{ plate: plateOf(61), cost: 0, paymentMethod: "exempt", exemptReason: "police", waivedAmount: 40_000 }]);
    expect((await listStays({ paymentMethod: "cash" })).items.map((s) => s.plate)).toEqual([plateOf(63)]);
    expect((await listStays({ status: "open" })).items).toMatchObject([{ plate: plateOf(64), paymentMethod: null }]);
  });
});

describe("report by payment method", () => {
  it("splits today's exits and revenue by method, with the amount waived, in a fixed order", async () => {
    for (let i = 0; i < 4; i++) await park(plateOf(i + 70));
    await registerExit({ plate: plateOf(70), actor: operator });
    await registerExit({ plate: plateOf(71), actor: operator, payment: { method: "card" } });
    await registerExit({ plate: plateOf(72), actor: operator, payment: { method: "exempt", exemptReason: "x" } });
    await registerExit({ plate: plateOf(73), actor: operator, payment: { method: "cash" } });
    const days = [localDayRange(new Date())];
    expect(await getRevenueByPaymentMethod({ days, actor: admin })).toEqual([
      { method: "cash", exits: 2, revenue: 80_000, waived: 0 },
      { method: "card", exits: 1, revenue: 40_000, waived: 0 },
      { method: "exempt", exits: 1, revenue: 0, waived: 40_000 },
    ]);
    await expect(getRevenueByPaymentMethod({ days, actor: operator })).rejects.toMatchObject({ kind: "forbidden" });
  });
});

describe("cash shifts", () => {
  it("counts an operator's exits in the open shift only, and a second open is refused", async () => {
    const shift = await openShift({ actor: operator });
    await expect(openShift({ actor: operator })).rejects.toMatchObject({ code: "shift_open" });
    await park("21ب111-11");
    await park("22ب111-11");
    await park("23ب111-11");
    expect((await registerExit({ plate: "21ب111-11", actor: operator })).shiftId).toBe(shift.id);
    expect((await registerExit({ plate: "22ب111-11", actor: other })).shiftId).toBeNull();
    await registerExit({ plate: "23ب111-11", actor: operator, payment: { method: "card" } });
    expect(await getCurrentShift({ actor: operator })).toMatchObject({ id: shift.id, exits: 2, expectedCash: 40_000, expectedCard: 40_000, closedAt: null });
    expect(await getCurrentShift({ actor: other })).toBeNull();
  });

  it("totals concurrent exits of one operator exactly: none lost, none counted twice", async () => {
    const shift = await openShift({ actor: operator });
    const plates = Array.from({ length: 24 }, (_, i) => plateOf(i));
    for (const plate of plates) await park(plate);
    const methods = ["cash", "card", "exempt"] as const;
    const results = await Promise.all(
      plates.map((plate, i) =>
        registerExit({ plate, actor: operator, payment: { method: methods[i % 3], exemptReason: methods[i % 3] === "exempt" ? "x" : null } }),
      ),
    );
    expect(results.every((r) => r.shiftId === shift.id)).toBe(true);
    const closed = await closeShift({ actor: operator, countedCash: 300_000 });
    expect(closed).toMatchObject({ exits: 24, expectedCash: 8 * 40_000, expectedCard: 8 * 40_000, exemptExits: 8, waivedAmount: 8 * 40_000, countedCash: 300_000, difference: 300_000 - 320_000 });
    expect(await db.parkingSession.count({ where: { shiftId: shift.id } })).toBe(24);
  });

  it("a close racing exits counts exactly the exits recorded in the shift", async () => {
    await openShift({ actor: operator });
    const plates = Array.from({ length: 12 }, (_, i) => plateOf(i + 40));
    for (const plate of plates) await park(plate);
    const exits = plates.map((plate) => registerExit({ plate, actor: operator }));
    const closed = await closeShift({ actor: operator, countedCash: 0 });
    const results = await Promise.all(exits);
    const inShift = results.filter((r) => r.shiftId === closed.id);
    expect(closed.exits).toBe(inShift.length);
    expect(closed.expectedCash).toBe(inShift.reduce((sum, r) => sum + r.cost, 0));
  });

  it("locks a closed shift: later exits are not counted and it cannot be closed again", async () => {
    const shift = await openShift({ actor: operator });
    await park("31ب111-11");
    await registerExit({ plate: "31ب111-11", actor: operator });
    const closed = await closeShift({ actor: operator, countedCash: 50_000 });
    expect(closed).toMatchObject({ expectedCash: 40_000, countedCash: 50_000, difference: 10_000 });
    await expect(closeShift({ actor: operator, countedCash: 1 })).rejects.toMatchObject({ code: "no_open_shift" });
    await park("32ب111-11");
    expect((await registerExit({ plate: "32ب111-11", actor: operator })).shiftId).toBeNull();
    const [listed] = await listShifts({ actor: admin });
    expect(listed).toMatchObject({ id: shift.id, exits: 1, expectedCash: 40_000, countedCash: 50_000, difference: 10_000 });
    expect(await db.auditLog.count({ where: { action: { in: ["shift.open", "shift.close"] } } })).toBe(2);
  });

  it("lists shifts for admins only, filtered by operator and day", async () => {
    await openShift({ actor: operator });
    await openShift({ actor: other });
    await expect(listShifts({ actor: operator })).rejects.toMatchObject({ kind: "forbidden" });
    expect((await listShifts({ actor: admin, filters: { operator: "op2" } })).map((s) => s.operatorName)).toEqual(["op2"]);
    expect(await listShifts({ actor: admin, filters: { from: new Date(Date.now() + 86_400_000) } })).toEqual([]);
  });
});
