import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { jalaliMonthDays } from "@/lib/i18n/jalali";

/** Voiding and correcting stays on whichever database DATABASE_URL names (set before this import). */
const { db } = await import("@/lib/server/db");
const { registerEntry } = await import("@/lib/server/parking/register-entry");
const { registerExit } = await import("@/lib/server/parking/register-exit");
const { updateSettings } = await import("@/lib/server/parking/settings");
const { openShift, closeShift } = await import("@/lib/server/shifts/shifts");
const { listShifts } = await import("@/lib/server/shifts/list-shifts");
const { getDailyReport } = await import("@/lib/server/parking/reports");
const { forgetReportDays } = await import("@/lib/server/parking/report-days");
const { voidStay } = await import("@/lib/server/parking/void-stay");
const { correctStay } = await import("@/lib/server/parking/correct-stay");

const admin: Actor = { kind: "user", id: "1", name: "admin", role: "admin" };
const operator: Actor = { kind: "user", id: "2", name: "op", role: "operator" };

const days = jalaliMonthDays({ year: 1404, month: 9 });
const at = (day: number, hour: number) => new Date(days[0].start.getTime() + (day * 24 + hour) * 3_600_000);

/** A car that entered `minutes` ago and is still inside (20,000 an hour). */
async function park(plate: string, minutes = 120) {
  const { entryId: sessionId } = await registerEntry({ plate, actor: operator });
  await db.parkingSession.update({ where: { id: sessionId }, data: { entryAt: new Date(Date.now() - minutes * 60_000 - 5_000) } });
  return sessionId;
}

/** A closed stay in the past month, as the exit would have stored it. */
async function pastStay(plate: string, entryAt: Date, exitAt: Date, cost: number) {
  const minutes = Math.floor((exitAt.getTime() - entryAt.getTime()) / 60_000);
  const row = await db.parkingSession.create({ data: { plate, entryAt, exitAt, durationMinutes: minutes, cost, status: "closed", paymentMethod: "cash" } });
  return row.id;
}

const audits = (action: string, id: number) => db.auditLog.findMany({ where: { action, entityId: String(id) }, orderBy: { id: "asc" } });

beforeEach(async () => {
  await forgetReportDays(new Date(0));
  await db.parkingSession.deleteMany();
  await db.shift.deleteMany();
  await db.auditLog.deleteMany();
  await updateSettings({ actor: admin, patch: { pricePerHour: 20_000, graceMinutes: 0, capacity: 500 } });
});

describe("voidStay", () => {
  it("frees a full lot's space: the car leaves the count, the row stays as void with its reason in the audit log", async () => {
    await updateSettings({ actor: admin, patch: { capacity: 1 } });
    const id = await park("11ب111-11");
    await expect(registerEntry({ plate: "12ب111-11", actor: operator })).rejects.toMatchObject({ code: "lot_full" });
    const stay = await voidStay({ id, reason: "خوانش اشتباه", actor: admin });
    expect(stay).toMatchObject({ id, status: "void", cost: null });
    expect(stay.exitAt).not.toBeNull();
    expect(await db.parkingSession.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "void", openPlate: null });
    await expect(registerEntry({ plate: "12ب111-11", actor: operator })).resolves.toMatchObject({ plate: "12ب111-11" });
    const [row] = await audits("session.void", id);
    expect(JSON.parse(row.before ?? "{}")).toMatchObject({ status: "open", exitAt: null });
    expect(JSON.parse(row.after ?? "{}")).toMatchObject({ status: "void", reason: "خوانش اشتباه" });
    // A repeated void answers the stay as it is and writes nothing more.
    await expect(voidStay({ id, reason: "again", actor: admin })).resolves.toMatchObject({ status: "void" });
    expect(await audits("session.void", id)).toHaveLength(1);
  });

  it("takes a closed stay out of the revenue, the report and its closed shift, and refuses operators", async () => {
    await openShift({ actor: operator });
    await park("13ب111-11");
    const exit = await registerExit({ plate: "13ب111-11", actor: operator });
    expect(exit.cost).toBe(40_000);
    await closeShift({ actor: operator, countedCash: 40_000 });
    await expect(voidStay({ id: exit.sessionId, reason: "x", actor: operator })).rejects.toMatchObject({ kind: "forbidden" });
    await voidStay({ id: exit.sessionId, reason: "خودروی کارکنان", actor: admin });
    const [shift] = await listShifts({ actor: admin });
    expect(shift).toMatchObject({ exits: 0, expectedCash: 0, countedCash: 40_000, difference: 40_000 });
    await expect(voidStay({ id: 999_999, reason: "x", actor: admin })).rejects.toMatchObject({ code: "unknown_session" });
  });
});

describe("correctStay", () => {
  it("re-prices a closed stay whose times change and keeps each changed field before and after", async () => {
    const id = await pastStay("14ب111-11", at(3, 10), at(3, 12), 40_000);
    const stay = await correctStay({ id, change: { exitAt: at(3, 13) }, reason: "ساعت خروج اشتباه", actor: admin });
    expect(stay).toMatchObject({ durationMinutes: 180, cost: 60_000, paymentMethod: "cash" });
    const [row] = await audits("session.correct", id);
    expect(JSON.parse(row.before ?? "{}")).toEqual({ exitAt: at(3, 12).toISOString(), durationMinutes: 120, cost: 40_000 });
    expect(JSON.parse(row.after ?? "{}")).toMatchObject({ exitAt: at(3, 13).toISOString(), durationMinutes: 180, cost: 60_000, reason: "ساعت خروج اشتباه" });
    // An amount given explicitly wins over the tariff; a repeat of the same values writes nothing.
    await expect(correctStay({ id, change: { exitAt: at(3, 13), cost: 25_000 }, reason: "تخفیف", actor: admin })).resolves.toMatchObject({ cost: 25_000 });
    await expect(correctStay({ id, change: { exitAt: at(3, 13), cost: 25_000 }, reason: "تخفیف", actor: admin })).resolves.toMatchObject({ cost: 25_000 });
    expect(await audits("session.correct", id)).toHaveLength(2);
  });

  it("makes the report follow and drops the kept figures of every touched day", async () => {
    const id = await pastStay("15ب111-11", at(5, 10), at(5, 12), 40_000);
    const month = days.slice(0, 10);
    const before = await getDailyReport({ days: month, actor: admin });
    expect(before.days[5].revenue).toBe(40_000);
    expect(await db.$queryRawUnsafe<unknown[]>(`SELECT * FROM "ReportDay"`)).toHaveLength(10);
    await correctStay({ id, change: { entryAt: at(3, 10), cost: 10_000 }, reason: "ورود زودتر", actor: admin });
    const kept = await db.$queryRawUnsafe<Array<{ dayStart: unknown }>>(`SELECT "dayStart" FROM "ReportDay"`);
    expect(kept).toHaveLength(3);
    const after = await getDailyReport({ days: month, actor: admin });
    expect(after.days[5].revenue).toBe(10_000);
    expect(after.days[3].entries).toBe(1);
    expect(after.days[5].entries).toBe(0);
    await voidStay({ id, reason: "باطل", actor: admin });
    expect((await getDailyReport({ days: month, actor: admin })).totals.revenue).toBe(0);
  });

  it("refuses a plate that is already inside with nothing written, and bad times with field errors", async () => {
    await park("16ب111-11");
    const id = await park("17ب111-11");
    await expect(correctStay({ id, change: { plate: "۱۶ب۱۱۱ ایران ۱۱" }, reason: "پلاک", actor: admin })).rejects.toMatchObject({ kind: "conflict", code: "already_inside" });
    expect(await db.parkingSession.findUniqueOrThrow({ where: { id } })).toMatchObject({ plate: "17ب111-11", openPlate: "17ب111-11" });
    expect(await audits("session.correct", id)).toHaveLength(0);
    const moved = await correctStay({ id, change: { plate: "۱۸ب۱۱۱ ایران ۱۱" }, reason: "پلاک", actor: admin });
    expect(moved.plate).toBe("18ب111-11");
    expect(await db.parkingSession.findUniqueOrThrow({ where: { id } })).toMatchObject({ openPlate: "18ب111-11" });
    const inFuture = new Date(Date.now() + 3_600_000);
    await expect(correctStay({ id, change: { entryAt: inFuture }, reason: "x", actor: admin })).rejects.toMatchObject({ code: "future_time", fieldErrors: { entry_at: expect.anything() } });
    await expect(correctStay({ id, change: { cost: 5 }, reason: "x", actor: admin })).rejects.toMatchObject({ code: "still_inside" });
    await expect(correctStay({ id, change: {}, reason: "x", actor: admin })).rejects.toMatchObject({ code: "empty_correction" });
    const closed = await pastStay("19ب111-11", at(2, 10), at(2, 12), 40_000);
    await expect(correctStay({ id: closed, change: { exitAt: at(2, 9) }, reason: "x", actor: admin })).rejects.toMatchObject({ code: "exit_before_entry" });
    await voidStay({ id: closed, reason: "x", actor: admin });
    await expect(correctStay({ id: closed, change: { cost: 1 }, reason: "x", actor: admin })).rejects.toMatchObject({ code: "not_correctable" });
  });

  it("leaves one consistent row after two simultaneous corrections of one stay", async () => {
    const id = await pastStay("21ب111-11", at(6, 10), at(6, 12), 40_000);
    await Promise.all([
      correctStay({ id, change: { exitAt: at(6, 14) }, reason: "یک", actor: admin }),
      correctStay({ id, change: { exitAt: at(6, 15) }, reason: "دو", actor: admin }),
    ]);
    const row = await db.parkingSession.findUniqueOrThrow({ where: { id } });
    const hours = (row.exitAt!.getTime() - at(6, 10).getTime()) / 3_600_000;
    expect([4, 5]).toContain(hours);
    expect(row).toMatchObject({ durationMinutes: hours * 60, cost: hours * 20_000 });
    const [first, second] = await audits("session.correct", id);
    expect(JSON.parse(second.before ?? "{}").exitAt).toBe(JSON.parse(first.after ?? "{}").exitAt);
  });
});
