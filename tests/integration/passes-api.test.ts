import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { lotDayKey } from "@/lib/parking/pass-rules";
import { backdateEntry, openDatabase, type TestDatabase } from "./support/database";
import { api, errorCode, uniquePlate } from "./support/http";

const server = inject("sqlite");
let database: TestDatabase;
const day = (n: number) => lotDayKey(new Date(Date.now() + n * 86_400_000));
const passBody = (plates: string[], over: Record<string, unknown> = {}) => ({
  holder: "Sara Rezaei", phone: "+98 912 123 4567", plates, valid_from: day(-5), valid_to: day(2), kind: "free", fee: 0, ...over,
});
const post = (path: string, body: unknown, token = server.adminToken) => api(server, path, { method: "POST", token, body });
const fieldErrors = (res: { body: Record<string, unknown> }) => Object.keys((res.body.error as { field_errors?: object }).field_errors ?? {}).sort();

beforeAll(async () => {
  database = openDatabase(server.databaseUrl);
  await api(server, "/api/settings", { method: "PUT", token: server.adminToken, body: { capacity: 10_000, price_per_hour: 20_000, grace_minutes: 0 } });
});
afterAll(() => database.$disconnect());

describe("passes over REST", () => {
  it("admin adds a pass (201); operators list it; a holder's exit is free, paid by pass, with pass in the answer", async () => {
    const plate = uniquePlate();
    const created = await post("/api/passes", passBody([plate]));
    expect(created.status).toBe(201);
    const pass = created.body.pass as Record<string, unknown>;
    expect(pass).toMatchObject({ holder: "Sara Rezaei", phone: "09121234567", plates: [plate], kind: "free", fee: 0, valid_to: day(2) });
    expect(pass.valid_to_jalali).toMatch(/^14\d\d\/\d\d\/\d\d$/);

    const listed = await api(server, `/api/passes/?plate=${encodeURIComponent(plate.slice(0, 6))}`);
    expect(listed.status).toBe(200);
    expect((listed.body.items as Array<{ id: number }>).map((p) => p.id)).toContain(pass.id);

    expect((await post("/api/entry", { plate }, server.operatorToken)).status).toBe(200);
    await backdateEntry(database, plate, 121);
    const exit = await post("/api/exit/", { plate }, server.operatorToken);
    expect(exit.status).toBe(200);
    expect(exit.body).toMatchObject({ success: true, duration: 121, cost: 0, payment_method: "pass", pass: { holder: "Sara Rezaei", valid_to: day(2), days_left: 2 } });
  });

  it("an expired pass: charged normally, pass_expired in the answer, the old fields unchanged", async () => {
    const plate = uniquePlate();
    await post("/api/passes/", passBody([plate], { valid_from: day(-40), valid_to: day(-10) }));
    await post("/api/entry/", { plate }, server.operatorToken);
    await backdateEntry(database, plate, 60);
    const exit = await post("/api/exit", { plate }, server.operatorToken);
    expect(exit.body).toMatchObject({ success: true, cost: 20_000, pass_expired: { valid_to: day(-10) } });
    expect(exit.body.pass).toBeUndefined();
    for (const key of ["duration", "plate", "entry_at", "exit_at", "replayed"]) expect(exit.body).toHaveProperty(key);
  });

  it("refuses bad input with field errors in both languages, wrong roles, and no half-written pass", async () => {
    const before = await database.pass.count();
    const bad = await post("/api/passes", passBody(["12X345-67", uniquePlate(), uniquePlate(), uniquePlate()], { phone: "12345", valid_from: "1405/13/40" }));
    expect(bad.status).toBe(422);
    expect(fieldErrors(bad)).toEqual(["phone", "plates", "valid_from"]);
    const phone = (bad.body.error as { field_errors: Record<string, { message: string; message_fa: string }> }).field_errors.phone;
    expect(phone.message).toContain("mobile");
    expect(phone.message_fa).toContain("همراه");
    expect(errorCode(await api(server, "/api/passes", { method: "POST", token: server.adminToken, rawBody: "{", headers: { "content-type": "application/json" } }))).toBe("malformed_json");
    expect((await api(server, "/api/passes", { method: "POST", token: server.adminToken, rawBody: "x", headers: { "content-type": "text/plain" } })).status).toBe(415);
    expect((await post("/api/passes", passBody([uniquePlate()]), server.operatorToken)).status).toBe(403);
    expect((await api(server, "/api/passes", { token: null })).status).toBe(401);
    expect((await api(server, "/api/passes?format=xml")).status).toBe(422);
    expect(await database.pass.count()).toBe(before);
  });

  it("DELETE /api/passes/{id}: admin only, 404 for an unknown id, 400 for a bad one; CSV export is formula-safe", async () => {
    const created = await post("/api/passes", passBody([uniquePlate()], { holder: "=cmd()" }));
    const id = (created.body.pass as { id: number }).id;
    const csv = await fetch(`${server.baseUrl}/api/passes?format=csv`, { headers: { authorization: `Bearer ${server.operatorToken}` } });
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(await csv.text()).toContain("'=cmd()");
    expect((await api(server, `/api/passes/${id}`, { method: "DELETE" })).status).toBe(403);
    const deleted = await api(server, `/api/passes/${id}`, { method: "DELETE", token: server.adminToken });
    expect(deleted.body).toMatchObject({ success: true, deleted: { id, holder: "=cmd()" } });
    expect(errorCode(await api(server, `/api/passes/${id}`, { method: "DELETE", token: server.adminToken }))).toBe("pass_not_found");
    expect(errorCode(await api(server, "/api/passes/abc", { method: "DELETE", token: server.adminToken }))).toBe("invalid_id");
    expect((await api(server, `/api/passes/${id}`)).status).toBe(405);
    const audit = await database.auditLog.findMany({ where: { entity: "Pass", entityId: String(id) }, orderBy: { id: "asc" } });
    expect(audit.map((row) => row.action)).toEqual(["pass.create", "pass.delete"]);
  });
});

describe("the watch list over REST", () => {
  it("deny: entry refused with 403 plate_denied (fa and en), nothing recorded; alert: admitted with alert.reason", async () => {
    const denied = uniquePlate();
    const alerted = uniquePlate();
    const created = await post("/api/watchlist", { plate: denied, kind: "deny", reason: "Unpaid fines" });
    expect(created.status).toBe(201);
    expect(created.body.entry).toMatchObject({ plate: denied, kind: "deny", reason: "Unpaid fines" });
    await post("/api/watchlist/", { plate: alerted, kind: "alert", reason: "Check the trunk" });

    const refused = await post("/api/entry", { plate: denied }, server.operatorToken);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ success: false, error: { code: "plate_denied" } });
    const error = refused.body.error as { message: string; message_fa: string };
    expect(error.message).toContain("Unpaid fines");
    expect(error.message_fa).toContain("ممنوع");
    expect(await database.parkingSession.count({ where: { plate: denied } })).toBe(0);

    const admitted = await post("/api/entry/", { plate: alerted }, server.operatorToken);
    expect(admitted.status).toBe(200);
    expect(admitted.body).toMatchObject({ success: true, plate: alerted, alert: { reason: "Check the trunk" } });
    const plain = await post("/api/entry", { plate: uniquePlate() }, server.operatorToken);
    expect(plain.body.alert).toBeUndefined();
  });

  it("lists for operators, refuses writes by operators, duplicates (409), bad kinds (422); deletes by id", async () => {
    const plate = uniquePlate();
    const created = await post("/api/watchlist", { plate, kind: "alert", reason: "r" });
    const id = (created.body.entry as { id: number }).id;
    const listed = await api(server, "/api/watchlist");
    expect((listed.body.items as Array<{ id: number }>).some((e) => e.id === id)).toBe(true);
    expect((await post("/api/watchlist", { plate: uniquePlate(), kind: "deny", reason: "r" }, server.operatorToken)).status).toBe(403);
    expect(errorCode(await post("/api/watchlist", { plate, kind: "deny", reason: "again" }))).toBe("already_watched");
    const bad = await post("/api/watchlist", { plate: "x", kind: "ban", reason: "", extra: 1 });
    expect(bad.status).toBe(422);
    expect(fieldErrors(bad)).toContain("kind");
    expect((await api(server, `/api/watchlist/${id}`, { method: "DELETE" })).status).toBe(403);
    expect((await api(server, `/api/watchlist/${id}`, { method: "DELETE", token: server.adminToken })).body).toMatchObject({ success: true, deleted: { id, plate } });
    expect(errorCode(await api(server, `/api/watchlist/${id}`, { method: "DELETE", token: server.adminToken }))).toBe("watch_entry_not_found");
    expect((await post("/api/entry", { plate }, server.operatorToken)).body.alert).toBeUndefined();
  });
});
