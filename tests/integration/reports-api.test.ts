import { describe, expect, inject, it } from "vitest";
import { api, errorCode, uniquePlate } from "./support/http";

const server = inject("sqlite");
const admin = { token: server.adminToken };
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tehran" }).format(new Date());

type Row = { from: string; to: string; jalali: string; entries: number; exits: number; revenue: number; average_stay_minutes: number | null; peak_occupancy: number };
type Report = { from: string; to: string; group: string; rows: Row[]; totals: Record<string, number | null>; occupancy_by_hour: Array<{ hour: number; average: number; peak: number }>; by_operator: Array<{ operator: string | null; exits: number; revenue: number }> };

describe("GET /api/reports", () => {
  it("gives today's entries, exits and revenue by day, and by Jalali month", async () => {
    const before = (await api(server, `/api/reports?from=${today}&to=${today}`, admin)).body as Report;
    const plate = uniquePlate();
    expect((await api(server, "/api/entry", { method: "POST", body: { plate } })).status).toBe(200);
    const exit = await api(server, "/api/exit", { method: "POST", body: { plate } });
    expect(exit.status).toBe(200);

    const res = await api(server, `/api/reports?from=${today}&to=${today}&group=day`, admin);
    expect(res.status).toBe(200);
    const after = res.body as Report;
    expect(after).toMatchObject({ from: today, to: today, group: "day" });
    expect(after.rows).toHaveLength(1);
    expect(after.rows[0]).toMatchObject({ from: today, to: today, jalali: expect.stringMatching(/^14\d\d\/\d\d\/\d\d$/) });
    expect(after.rows[0].entries - before.rows[0].entries).toBe(1);
    expect(after.rows[0].exits - before.rows[0].exits).toBe(1);
    expect(after.rows[0].revenue - before.rows[0].revenue).toBe(exit.body.cost);
    expect(after.totals.revenue).toBe(after.rows[0].revenue);
    expect(after.occupancy_by_hour.map((h) => h.hour)).toEqual([...Array(24).keys()]);
    // The exit went through the operator's token, named it-operator.
    const byOperator = (report: Report) => report.by_operator.find((o) => o.operator === "it-operator") ?? { exits: 0, revenue: 0 };
    expect(byOperator(after).exits - byOperator(before).exits).toBe(1);
    expect(byOperator(after).revenue - byOperator(before).revenue).toBe(exit.body.cost);

    // 28 Esfand 1403 to 2 Farvardin 1404: two Jalali months, each cut by the range.
    const months = (await api(server, "/api/reports?from=2025-03-18&to=2025-03-22&group=month", admin)).body as Report;
    expect(months.rows.map((r) => [r.jalali, r.from, r.to])).toEqual([
      ["1403/12", "2025-03-18", "2025-03-20"],
      ["1404/01", "2025-03-21", "2025-03-22"],
    ]);
  });

  it("is for admins: 401 without a token, 403 for an operator", async () => {
    expect((await api(server, `/api/reports?from=${today}&to=${today}`, { token: null })).status).toBe(401);
    expect((await api(server, `/api/reports?from=${today}&to=${today}`)).status).toBe(403);
  });

  it("answers bad parameters with 422 (by field) and a reversed or too long range with 400, both languages", async () => {
    for (const [query, field] of [
      ["from=yesterday&to=2025-01-01", "from"],
      ["from=2025-01-01", "to"],
      ["from=2025-01-01&to=2025-02-30", "to"],
      ["from=2025-01-01&to=2025-01-02&group=week", "group"],
      ["from=2025-01-01&to=2025-01-02&days=3", "days"],
    ]) {
      const res = await api(server, `/api/reports?${query}`, admin);
      expect(res.status, query).toBe(422);
      expect(Object.keys((res.body.error as { field_errors: object }).field_errors), query).toContain(field);
    }
    for (const query of ["from=2025-01-02&to=2025-01-01", "from=2024-01-01&to=2025-02-04"]) {
      const res = await api(server, `/api/reports?${query}`, admin);
      expect(res.status, query).toBe(400);
      expect(errorCode(res)).toBe("invalid_range");
      expect(JSON.stringify(res.body)).toContain("400");
    }
  });
});
