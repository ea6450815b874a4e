import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { jalaliMonthDays } from "@/lib/i18n/jalali";

/** Report tests on whichever database DATABASE_URL names (set before this import). */
const { db } = await import("@/lib/server/db");
const { getDailyReport } = await import("@/lib/server/parking/reports");
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

describe("getDailyReport", () => {
  it("counts entries by entry day, paid exits and revenue by exit day, and the peak inside", async () => {
    const report = await getDailyReport({ days, actor: admin });
    expect(report.days).toHaveLength(30);
    expect(report.days[0]).toMatchObject({ entries: 2, exits: 2, revenue: 60_000, averageStayMinutes: 120, peakOccupancy: 2 });
    expect(report.days[1]).toMatchObject({ entries: 2, exits: 1, revenue: 440_000, averageStayMinutes: 1_320, peakOccupancy: 2 });
    expect(report.days[2]).toMatchObject({ entries: 0, exits: 0, revenue: 0, averageStayMinutes: null, peakOccupancy: 1 });
    expect(report.totals).toEqual({ entries: 4, exits: 3, revenue: 500_000, averageStayMinutes: 520 });
  });

  it("is for admins only and refuses ranges longer than two months", async () => {
    await expect(getDailyReport({ days, actor: operator })).rejects.toMatchObject({ status: 403 });
    const tooLong = [...days, ...days, ...days];
    await expect(getDailyReport({ days: tooLong, actor: admin })).rejects.toMatchObject({ code: "invalid_range" });
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
