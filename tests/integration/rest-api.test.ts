import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase, backdateEntry, type TestDatabase } from "./support/database";
import { api, errorCode, uniquePlate } from "./support/http";

const server = inject("sqlite");
let database: TestDatabase;

beforeAll(async () => {
  database = openDatabase(server.databaseUrl);
  await api(server, "/api/settings", { method: "PUT", token: server.adminToken, body: { capacity: 10_000, price_per_hour: 20_000, grace_minutes: 0 } });
});
afterAll(() => database.$disconnect());

describe.each(["", "/"])("REST API (path suffix %j)", (slash) => {
  it("status answers with the original client's fields", async () => {
    const res = await api(server, `/api/status${slash}`);
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(["active", "capacity", "free", "price"]);
    expect(res.body.free).toBe(Number(res.body.capacity) - Number(res.body.active));
    expect(res.body.price).toBe(20_000);
  });

  it("entry then exit after 121 minutes charges three started hours", async () => {
    const plate = uniquePlate();
    const before = await api(server, `/api/status${slash}`);
    const entry = await api(server, `/api/entry${slash}`, { method: "POST", body: { plate } });
    expect(entry.status).toBe(200);
    expect(entry.body).toMatchObject({ success: true, plate });
    expect(typeof entry.body.entry_id).toBe("number");
    expect((await api(server, `/api/status${slash}`)).body.active).toBe(Number(before.body.active) + 1);

    await backdateEntry(database, plate, 121);
    const exit = await api(server, `/api/exit${slash}`, { method: "POST", body: { plate } });
    expect(exit.status).toBe(200);
    expect(exit.body).toMatchObject({ success: true, duration: 121, cost: 60_000 });
    expect((await api(server, `/api/status${slash}`)).body.active).toBe(before.body.active);
  });

  it("settings: GET for everyone signed in, PUT for admins", async () => {
    const get = await api(server, `/api/settings${slash}`);
    expect(get.status).toBe(200);
    expect(get.body).toMatchObject({ capacity: 10_000, price_per_hour: 20_000 });
    const put = await api(server, `/api/settings${slash}`, { method: "PUT", token: server.adminToken, body: { price_per_hour: 25_000, lot_name: "پارکینگ مرکزی" } });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ success: true, price_per_hour: 25_000, lot_name: "پارکینگ مرکزی", capacity: 10_000 });
    expect((await api(server, `/api/status${slash}`)).body.price).toBe(25_000);
    await api(server, `/api/settings${slash}`, { method: "PUT", token: server.adminToken, body: { price_per_hour: 20_000 } });
  });

  it("settings: how long gate photos are kept", async () => {
    expect((await api(server, `/api/settings${slash}`)).body).toMatchObject({ snapshot_retention_days: 90 });
    const put = await api(server, `/api/settings${slash}`, { method: "PUT", token: server.adminToken, body: { snapshot_retention_days: 0 } });
    expect(put.body).toMatchObject({ success: true, snapshot_retention_days: 0 });
    await api(server, `/api/settings${slash}`, { method: "PUT", token: server.adminToken, body: { snapshot_retention_days: 90 } });
  });

  it("settings: the gate's auto-submit fields", async () => {
    const get = await api(server, `/api/settings${slash}`);
    expect(get.body).toMatchObject({ gate_auto_frames: expect.any(Number), gate_auto_confidence: expect.any(Number), gate_cooldown_seconds: expect.any(Number) });
    const body = { gate_auto_frames: 4, gate_auto_confidence: 0.99, gate_cooldown_seconds: 30 };
    const put = await api(server, `/api/settings${slash}`, { method: "PUT", token: server.adminToken, body });
    expect(put.body).toMatchObject({ success: true, ...body });
    expect((await api(server, `/api/settings${slash}`)).body).toMatchObject(body);
    const defaults = { gate_auto_frames: 3, gate_auto_confidence: 0.9999, gate_cooldown_seconds: 60 };
    await api(server, `/api/settings${slash}`, { method: "PUT", token: server.adminToken, body: defaults });
  });
});

describe("parking rules over HTTP", () => {
  it("accepts Persian and Arabic-Indic digits and answers with the canonical plate", async () => {
    const plate = uniquePlate();
    const persian = plate.replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]);
    const entry = await api(server, "/api/entry/", { method: "POST", body: { plate: persian } });
    expect(entry.status).toBe(200);
    expect(entry.body.plate).toBe(plate);
    const arabic = plate.replace(/\d/g, (d) => "٠١٢٣٤٥٦٧٨٩"[Number(d)]);
    const exit = await api(server, "/api/exit/", { method: "POST", body: { plate: arabic } });
    expect(exit.status).toBe(200);
  });

  it("a car already inside cannot enter again (409 already_inside)", async () => {
    const plate = uniquePlate();
    expect((await api(server, "/api/entry/", { method: "POST", body: { plate } })).status).toBe(200);
    const again = await api(server, "/api/entry/", { method: "POST", body: { plate } });
    expect(again.status).toBe(409);
    expect(errorCode(again)).toBe("already_inside");
    expect(again.body.error).toMatchObject({ message: expect.any(String), message_fa: expect.any(String) });
    await api(server, "/api/exit/", { method: "POST", body: { plate } });
  });

  it("a car that is not inside cannot leave (404 not_inside)", async () => {
    const res = await api(server, "/api/exit/", { method: "POST", body: { plate: uniquePlate() } });
    expect(res.status).toBe(404);
    expect(errorCode(res)).toBe("not_inside");
  });

  it("a full lot refuses entries (409 lot_full)", async () => {
    const { active } = (await api(server, "/api/status")).body;
    await api(server, "/api/settings", { method: "PUT", token: server.adminToken, body: { capacity: Number(active) + 1 } });
    try {
      const first = uniquePlate();
      expect((await api(server, "/api/entry", { method: "POST", body: { plate: first } })).status).toBe(200);
      const refused = await api(server, "/api/entry", { method: "POST", body: { plate: uniquePlate() } });
      expect(refused.status).toBe(409);
      expect(errorCode(refused)).toBe("lot_full");
      // The full lot does not hide that this car is already inside.
      expect(errorCode(await api(server, "/api/entry", { method: "POST", body: { plate: first } }))).toBe("already_inside");
      expect((await api(server, "/api/status")).body.free).toBe(0);
      await api(server, "/api/exit", { method: "POST", body: { plate: first } });
    } finally {
      await api(server, "/api/settings", { method: "PUT", token: server.adminToken, body: { capacity: 10_000 } });
    }
  });

  it("Idempotency-Key replays the first result instead of registering twice", async () => {
    const plate = uniquePlate();
    const key = `it-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const headers = { "idempotency-key": key };
    const first = await api(server, "/api/entry/", { method: "POST", body: { plate }, headers });
    const retry = await api(server, "/api/entry/", { method: "POST", body: { plate }, headers });
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({ entry_id: first.body.entry_id, replayed: true });
    expect(await database.parkingSession.count({ where: { plate } })).toBe(1);

    const exitHeaders = { "idempotency-key": `${key}-exit` };
    const exit = await api(server, "/api/exit/", { method: "POST", body: { plate }, headers: exitHeaders });
    const exitRetry = await api(server, "/api/exit/", { method: "POST", body: { plate }, headers: exitHeaders });
    expect(exitRetry.status).toBe(200);
    expect(exitRetry.body).toMatchObject({ cost: exit.body.cost, duration: exit.body.duration, replayed: true });
  });

  it("writes an audit row for every registered entry and exit", async () => {
    const plate = uniquePlate();
    const entry = await api(server, "/api/entry", { method: "POST", body: { plate } });
    await api(server, "/api/exit", { method: "POST", body: { plate } });
    const rows = await database.auditLog.findMany({ where: { entity: "ParkingSession", entityId: String(entry.body.entry_id) } });
    expect(rows.map((r) => r.action).sort()).toEqual(["entry.register", "exit.register"]);
    expect(rows.every((r) => r.actor.startsWith("token:"))).toBe(true);
  });
});
