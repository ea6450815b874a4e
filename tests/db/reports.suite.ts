import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { jalaliMonthDays, lastDays } from "@/lib/i18n/jalali";

/** Report tests on whichever database DATABASE_URL names (set before this import). */
const { db } = await import("@/lib/server/db");
const { getDailyReport, getOccupancyByHour, getRevenueByOperator } = await import("@/lib/server/parking/reports");
const { forgetReportDays } = await import("@/lib/server/parking/report-days");
const { localDayRange } = await import("@/lib/parking/day-range");

const admin: Actor = { kind: "user", id: "1", name: "admin", role: "admin" };
const operator: Actor = { kind: "user", id: "2", name: "op", role: "operator" };

const days = jalaliMonthDays({ year: 1404, month: 9 });
const at = (day: number, hour: number) => new Date(days[0].start.getTime() + (day * 24 + hour) * 3_600_000);

type Session = { plate: string; entryAt: Date; exitAt?: Date; status?: string; cost?: number; durationMinutes?: number };

async function seed(sessions: Session[]) {
  for (const s of sessions) {
    const open = !s.exitAt;
    await db.parkingSession.create({ data: { ...s, status: s.status ?? (open ? "open" : "closed"), openPlate: open ? s.plate : null } });
  }
}

beforeEach(async () => {
  await forgetReportDays(new Date(0));
  await db.parkingSession.deleteMany();
  await seed([
    { plate: "11ب111-11", entryAt: at(-1, 23), exitAt: at(0, 1), cost: 20_000, durationMinutes: 120 },
    { plate: "12ب111-11", entryAt: at(0, 10), exitAt: at(0, 12), cost: 40_000, durationMinutes: 120 },
    { plate: "13ب111-11", entryAt: at(0, 11), exitAt: at(1, 9), cost: 440_000, durationMinutes: 1_320 },
    { plate: "14ب111-11", entryAt: at(1, 8) },
    { plate: "15ب111-11", entryAt: at(1, 10), exitAt: at(1, 12), status: "archived" },
  ]);
});

describe("getOccupancyByHour", () => {
  it("averages the most cars inside during each hour over the days, a departure on the hour freeing it", async () => {
    const hours = await getOccupancyByHour({ days: days.slice(0, 2), actor: admin });
    expect(hours).toHaveLength(24);
    // Day 1: the car in since the evening before until 01:00; 10–12 and 11–(next day 09:00).
    // Day 2: that car until 09:00, one in from 08:00 (still inside), an archived one 10–12.
    expect(hours[0]).toEqual({ hour: 0, average: 1, peak: 1 });
    expect(hours[1]).toEqual({ hour: 1, average: 0.5, peak: 1 });
    expect(hours[8]).toEqual({ hour: 8, average: 1, peak: 2 });
    expect(hours[10]).toEqual({ hour: 10, average: 1.5, peak: 2 });
    expect(hours[11]).toEqual({ hour: 11, average: 2, peak: 2 });
    expect(hours[12]).toEqual({ hour: 12, average: 1, peak: 1 });
    // A day later only the open car is inside, all day.
    expect((await getOccupancyByHour({ days: days.slice(2, 3), actor: admin })).every((h) => h.average === 1 && h.peak === 1)).toBe(true);
  });
});

describe("getRevenueByOperator", () => {
  it("sums the paid exits of the range by who registered them, most revenue first", async () => {
    await db.parkingSession.updateMany({ where: { plate: { in: ["11ب111-11", "12ب111-11"] } }, data: { exitActor: "op" } });
    await db.parkingSession.updateMany({ where: { plate: "13ب111-11" }, data: { exitActor: "gate-token" } });
    expect(await getRevenueByOperator({ days: days.slice(0, 2), actor: admin })).toEqual([
      { operator: "gate-token", exits: 1, revenue: 440_000 },
      { operator: "op", exits: 2, revenue: 60_000 },
    ]);
    expect(await getRevenueByOperator({ days: days.slice(0, 1), actor: admin })).toEqual([{ operator: "op", exits: 2, revenue: 60_000 }]);
    await expect(getRevenueByOperator({ days, actor: operator })).rejects.toMatchObject({ status: 403 });
  });
});

describe("getDailyReport", () => {
  it("counts entries by entry day, paid exits and revenue by exit day, and the peak inside", async () => {
    const report = await getDailyReport({ days, actor: admin });
    expect(report.days).toHaveLength(30);
    expect(report.days[0]).toMatchObject({ entries: 2, exits: 2, revenue: 60_000, averageStayMinutes: 120, peakOccupancy: 2 });
    expect(report.days[1]).toMatchObject({ entries: 2, exits: 1, revenue: 440_000, averageStayMinutes: 1_320, peakOccupancy: 2 });
    expect(report.days[2]).toMatchObject({ entries: 0, exits: 0, revenue: 0, averageStayMinutes: null, peakOccupancy: 1 });
    expect(report.totals).toEqual({ entries: 4, exits: 3, revenue: 500_000, averageStayMinutes: 520 });
  });

  it("is for admins only and refuses ranges longer than 400 days", async () => {
    await expect(getDailyReport({ days, actor: operator })).rejects.toMatchObject({ status: 403 });
    await expect(getOccupancyByHour({ days, actor: operator })).rejects.toMatchObject({ status: 403 });
    const tooLong = lastDays(401, days[0].start);
    await expect(getDailyReport({ days: tooLong, actor: admin })).rejects.toMatchObject({ code: "invalid_range" });
    await expect(getOccupancyByHour({ days: tooLong, actor: admin })).rejects.toMatchObject({ code: "invalid_range" });
  });

  it("keeps settled days' figures, computes them again once forgotten, and never keeps recent days", async () => {
    const first = await getDailyReport({ days, actor: admin });
    // Rewritten behind the report's back: a kept (settled) day still shows what it was.
    await db.parkingSession.updateMany({ where: { plate: "12ب111-11" }, data: { cost: 50_000 } });
    expect(await getDailyReport({ days, actor: admin })).toEqual(first);
    await forgetReportDays(days[0].start);
    expect((await getDailyReport({ days, actor: admin })).days[0].revenue).toBe(70_000);

    const today = localDayRange(new Date());
    const recent = [{ start: new Date(today.start.getTime() - 86_400_000), end: today.start }, today];
    const plate = "16ب111-11";
    await db.parkingSession.create({ data: { plate, entryAt: new Date(today.start.getTime() + 60_000), exitAt: new Date(today.start.getTime() + 120_000), status: "closed", cost: 20_000, durationMinutes: 1 } });
    expect((await getDailyReport({ days: recent, actor: admin })).days[1].revenue).toBe(20_000);
    await db.parkingSession.updateMany({ where: { plate }, data: { cost: 30_000 } });
    expect((await getDailyReport({ days: recent, actor: admin })).days[1].revenue).toBe(30_000);
  });
});
