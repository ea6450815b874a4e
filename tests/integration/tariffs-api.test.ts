import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase, type TestDatabase } from "./support/database";
import { api, errorCode, uniquePlate } from "./support/http";

const server = inject("sqlite");
let database: TestDatabase;
const admin = { token: server.adminToken };
type Line = { code: string; label: string; label_fa: string; quantity: number; unit_price: number; amount: number };
type Plan = Record<string, unknown> & { id: number; vehicle_class: string; in_force: boolean };

beforeAll(() => {
  database = openDatabase(server.databaseUrl);
});
afterAll(async () => {
  // Later files expect the lot's flat 20,000 per hour for cars.
  await api(server, "/api/settings", { method: "PUT", ...admin, body: { price_per_hour: 20_000, grace_minutes: 0 } });
  await database.$disconnect();
});

const plans = async () => (await api(server, "/api/tariffs")).body.plans as Plan[];
const van = (body: Record<string, unknown>) => api(server, "/api/tariffs", { method: "POST", ...admin, body: { vehicle_class: "van", ...body } });

describe("GET/POST /api/tariffs", () => {
  it("lists the versions under the issue's names to operators; the migration's car plan is there", async () => {
    expect((await api(server, "/api/tariffs", { token: null })).status).toBe(401);
    const list = await plans();
    const migrated = list.find((p) => p.created_by === "migration");
    expect(migrated).toMatchObject({ vehicle_class: "car", first_hour: 20_000, next_hour: 20_000, free_minutes: 0, unit_minutes: 60, daily_cap: null, night_start: null, effective_from: "1970-01-01T00:00:00.000Z" });
    expect(Object.keys(migrated ?? {}).sort()).toEqual(
      ["created_at", "created_by", "daily_cap", "effective_from", "first_hour", "free_minutes", "id", "in_force", "next_hour", "night_end", "night_price", "night_start", "unit_minutes", "vehicle_class"],
    );
  });

  it("refuses operators (403) and bad versions (422 in both languages), writing nothing", async () => {
    const before = (await plans()).length;
    const operatorPost = await api(server, "/api/tariffs", { method: "POST", body: { first_hour: 30_000, next_hour: 20_000 } });
    expect(operatorPost.status).toBe(403);
    const cases: [Record<string, unknown>, string][] = [
      [{ first_hour: 30_000, next_hour: 20_000, effective_from: new Date(Date.now() - 3_600_000).toISOString() }, "effective_from"],
      [{ first_hour: 30_000, next_hour: 20_000, unit_minutes: 45 }, "unit_minutes"],
      [{ first_hour: -5, next_hour: 20_000 }, "first_hour"],
      [{ first_hour: 30_000, next_hour: 20_000, daily_cap: 10_000 }, "daily_cap"],
      [{ first_hour: 30_000, next_hour: 20_000, night_start: "22:00", night_end: "06:00" }, "night_price"],
      [{ first_hour: 30_000, next_hour: 20_000, night_start: "25:00", night_end: "06:00", night_price: 5_000 }, "night_start"],
      [{ first_hour: 30_000, next_hour: 20_000, vehicle_class: "tank" }, "vehicle_class"],
    ];
    for (const [body, field] of cases) {
      const res = await api(server, "/api/tariffs", { method: "POST", ...admin, body });
      expect(res.status, JSON.stringify(body)).toBe(422);
      const error = res.body.error as { message_fa: string; field_errors: Record<string, { message: string; message_fa: string }> };
      expect(error.field_errors[field], JSON.stringify(res.body)).toBeDefined();
      expect(error.field_errors[field].message_fa).toMatch(/[\u0600-\u06ff]/);
    }
    const unknownField = await api(server, "/api/tariffs", { method: "POST", ...admin, body: { first_hour: 1, next_hour: 1, hourly: 5 } });
    expect(unknownField.status).toBe(422);
    expect((await plans()).length).toBe(before);
  });

  it("an admin adds a version; it is in force for its class at once", async () => {
    const res = await van({ first_hour: 30_000, next_hour: 20_000, daily_cap: 150_000 });
    expect(res.status).toBe(201);
    const added = (res.body.plans as Plan[]).find((p) => p.vehicle_class === "van" && p.in_force);
    expect(added).toMatchObject({ first_hour: 30_000, next_hour: 20_000, daily_cap: 150_000, created_by: expect.any(String) });
  });
});

describe("POST /api/quote and the exit's lines", () => {
  it("quotes line by line, priced as an exit would be", async () => {
    const entryAt = new Date();
    const res = await api(server, "/api/quote", {
      method: "POST",
      body: { entry_at: entryAt.toISOString(), exit_at: new Date(entryAt.getTime() + 121 * 60_000).toISOString(), vehicle_class: "van" },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ success: true, cost: 70_000, minutes: 121 });
    const lines = res.body.lines as Line[];
    expect(lines.map((l) => [l.code, l.quantity, l.amount])).toEqual([["first", 1, 30_000], ["next", 2, 40_000]]);
    expect(lines[1]).toMatchObject({ label: "Next hour × 2 (20,000 Toman each)", label_fa: "ساعت بعدی × ۲ (هر یک ۲۰٬۰۰۰ تومان)", unit_price: 20_000 });
  });

  it("refuses a quote that ends before it starts, an unreadable time, an unknown class and no token", async () => {
    const now = Date.now();
    const backwards = await api(server, "/api/quote", { method: "POST", body: { entry_at: new Date(now).toISOString(), exit_at: new Date(now - 60_000).toISOString() } });
    expect(backwards.status).toBe(422);
    expect((await api(server, "/api/quote", { method: "POST", body: { entry_at: "yesterday", exit_at: new Date(now).toISOString() } })).status).toBe(422);
    const tank = await api(server, "/api/quote", { method: "POST", body: { entry_at: new Date(now).toISOString(), exit_at: new Date(now).toISOString(), vehicle_class: "tank" } });
    expect(tank.status).toBe(422);
    expect(Object.keys((tank.body.error as { field_errors: object }).field_errors)).toEqual(["vehicle_class"]);
    expect((await api(server, "/api/quote", { method: "POST", token: null, body: {} })).status).toBe(401);
  });

  it("the exit answers with lines, by the plan in force at entry even after a new version", async () => {
    const plate = uniquePlate();
    const entry = await api(server, "/api/entry/", { method: "POST", body: { plate, vehicle_class: "van" } });
    expect(entry.status).toBe(200);
    expect(await van({ first_hour: 99_000, next_hour: 99_000 })).toMatchObject({ status: 201 });
    const exit = await api(server, "/api/exit/", { method: "POST", body: { plate } });
    expect(exit.status).toBe(200);
    expect(exit.body).toMatchObject({ success: true, cost: 30_000, duration: 0 });
    expect((exit.body.lines as Line[]).map((l) => [l.code, l.amount, l.label])).toEqual([["first", 30_000, "First hour"]]);
    const quote = await api(server, "/api/quote", { method: "POST", body: { entry_at: exit.body.entry_at, exit_at: exit.body.exit_at, vehicle_class: "van" } });
    expect(quote.body).toMatchObject({ cost: 30_000, lines: exit.body.lines });
  });

  it("an entry with an unknown vehicle class is refused", async () => {
    const res = await api(server, "/api/entry/", { method: "POST", body: { plate: uniquePlate(), vehicle_class: "tank" } });
    expect(res.status).toBe(422);
    expect(errorCode(res)).toBe("validation");
  });
});

describe("PUT /api/settings price_per_hour keeps working", () => {
  it("adds a car version effective now, reported by settings and status, and prices the next entry", async () => {
    const put = await api(server, "/api/settings", { method: "PUT", ...admin, body: { price_per_hour: 26_000 } });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ price_per_hour: 26_000 });
    expect((await api(server, "/api/settings")).body).toMatchObject({ price_per_hour: 26_000 });
    expect((await api(server, "/api/status/")).body).toMatchObject({ price: 26_000 });
    expect((await plans()).find((p) => p.vehicle_class === "car" && p.in_force)).toMatchObject({ first_hour: 26_000, next_hour: 26_000 });
    const plate = uniquePlate();
    await api(server, "/api/entry/", { method: "POST", body: { plate } });
    expect((await api(server, "/api/exit/", { method: "POST", body: { plate } })).body).toMatchObject({ cost: 26_000 });
  });
});
