import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase, type TestDatabase } from "./support/database";
import { api, errorCode, uniquePlate } from "./support/http";
import { signIn } from "./support/session";

const server = inject("sqlite");
let database: TestDatabase;
let entryGate: number;
let exitGate: number;
let sideGate: number;
let closedGate: number;

type GateJson = Record<string, unknown> & { id: number; name: string };
const gates = async () => ((await api(server, "/api/gates")).body.gates as GateJson[]);
const gate = async (id: number) => (await gates()).find((g) => g.id === id);
const heartbeat = (id: number | string, body: unknown, token?: string | null) => api(server, `/api/gates/${id}/heartbeat`, { method: "POST", body, token });
const beat = { camera_on: true, backend: "wasm", fps: 7.5, pending_reads: 1 };

beforeAll(async () => {
  database = openDatabase(server.databaseUrl);
  const suffix = Date.now().toString(36);
  entryGate = (await database.gate.create({ data: { name: `it-entry-${suffix}`, direction: "entry" } })).id;
  exitGate = (await database.gate.create({ data: { name: `it-exit-${suffix}`, direction: "exit" } })).id;
  sideGate = (await database.gate.create({ data: { name: `it-side-${suffix}`, direction: "both" } })).id;
  closedGate = (await database.gate.create({ data: { name: `it-closed-${suffix}`, direction: "both", active: false } })).id;
});

afterAll(async () => {
  await database.$disconnect();
});

describe("GET /api/gates", () => {
  it("lists every gate with its state for operator and admin tokens and sessions, 401 otherwise", async () => {
    for (const token of [server.operatorToken, server.adminToken]) {
      const res = await api(server, "/api/gates", { token });
      expect(res.status).toBe(200);
      expect((res.body.gates as GateJson[]).find((g) => g.id === entryGate)).toEqual({
        id: entryGate, name: expect.stringMatching(/^it-entry-/), direction: "entry", active: true, online: false,
        last_heartbeat_at: null, camera_on: null, backend: null, fps: null, pending_reads: null,
      });
    }
    expect((await gate(closedGate))).toMatchObject({ active: false, online: false });
    const session = await signIn(server, "admin", server.adminPassword, "203.0.113.77");
    if (!("cookie" in session)) throw new Error(session.error);
    const bySession = await api(server, "/api/gates", { token: null, headers: { cookie: session.cookie } });
    expect(bySession.status).toBe(200);
    expect((bySession.body.gates as GateJson[]).map((g) => g.id)).toContain(sideGate);
    expect((await api(server, "/api/gates", { token: null })).status).toBe(401);
    const post = await api(server, "/api/gates", { method: "POST", body: {} });
    expect([post.status, post.headers.get("allow")]).toEqual([405, "GET, HEAD, OPTIONS"]);
  });
});

describe("POST /api/gates/{id}/heartbeat", () => {
  it("stores the latest heartbeat on the gate: online with its figures; 2 minutes of silence make it offline", async () => {
    const res = await heartbeat(sideGate, beat);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ success: true, gate: sideGate, at: expect.any(String) });
    expect(await gate(sideGate)).toMatchObject({ online: true, last_heartbeat_at: res.body.at, camera_on: true, backend: "wasm", fps: 7.5, pending_reads: 1 });
    expect((await heartbeat(sideGate, { ...beat, camera_on: false, backend: null, fps: null, pending_reads: 0 })).status).toBe(200);
    expect(await gate(sideGate)).toMatchObject({ online: true, camera_on: false, backend: null, fps: null, pending_reads: 0 });
    await database.gate.update({ where: { id: sideGate }, data: { lastHeartbeatAt: new Date(Date.now() - 2 * 60_000 - 1_000) } });
    expect(await gate(sideGate)).toMatchObject({ online: false, camera_on: false });
  });

  it("refuses unknown and inactive gates (422, both languages), bad ids (400), bad bodies (422) and no token (401)", async () => {
    const unknown = await heartbeat(987_654, beat);
    expect([unknown.status, errorCode(unknown)]).toEqual([422, "unknown_gate"]);
    expect(unknown.body.error).toMatchObject({ message: "There is no gate with id 987654.", message_fa: expect.stringContaining("گیتی با شناسهٔ") });
    const inactive = await heartbeat(closedGate, beat);
    expect([inactive.status, errorCode(inactive)]).toEqual([422, "inactive_gate"]);
    expect((await database.gate.findUnique({ where: { id: closedGate } }))?.lastHeartbeatAt).toBeNull();
    for (const bad of ["abc", "0", "-1"]) expect((await heartbeat(bad, beat)).status, bad).toBe(400);
    for (const body of [{ ...beat, fps: -1 }, { ...beat, backend: "cuda" }, { ...beat, extra: 1 }, {}]) {
      expect((await heartbeat(sideGate, body)).status, JSON.stringify(body)).toBe(422);
    }
    expect((await heartbeat(sideGate, beat, null)).status).toBe(401);
  });
});

describe("entries and exits through a gate", () => {
  it("records the gates, keeps the old answers, and the history filters and names them", async () => {
    const plate = uniquePlate("ط");
    const entry = await api(server, "/api/entry", { method: "POST", body: { plate, gate: entryGate } });
    expect(entry.status).toBe(200);
    expect(Object.keys(entry.body).sort()).toEqual(["entry_at", "entry_id", "plate", "replayed", "success"]);
    const exit = await api(server, "/api/exit/", { method: "POST", body: { plate, gate: exitGate } });
    expect(exit.status).toBe(200);
    expect(exit.body).toMatchObject({ success: true, plate, duration: expect.any(Number), cost: expect.any(Number), entry_at: expect.any(String), exit_at: expect.any(String), replayed: false });
    const manual = uniquePlate("ط");
    expect((await api(server, "/api/entry", { method: "POST", body: { plate: manual, gate: null } })).status).toBe(200);

    const [entryName, exitName] = [(await gate(entryGate))!.name, (await gate(exitGate))!.name];
    for (const id of [entryGate, exitGate]) {
      const page = await api(server, `/api/sessions?gate=${id}`);
      expect(page.status).toBe(200);
      expect((page.body.items as GateJson[]).map((i) => [i.plate, i.entry_gate, i.exit_gate])).toEqual([[plate, entryName, exitName]]);
    }
    const one = (await api(server, `/api/sessions?plate=${encodeURIComponent(manual)}`)).body.items as GateJson[];
    expect(one[0]).toMatchObject({ entry_gate: null, exit_gate: null });
    const csv = await fetch(`${server.baseUrl}/api/sessions/export?format=csv&gate=${exitGate}`, { headers: { authorization: `Bearer ${server.operatorToken}` } });
    expect(csv.headers.get("x-export-rows")).toBe("1");
    const [header, row] = (await csv.text()).trim().split("\r\n").map((line) => line.split(","));
    expect([row[header.indexOf("گیت ورود")], row[header.indexOf("گیت خروج")]]).toEqual([entryName, exitName]);
  });

  it("refuses an unknown, inactive or wrong-way gate with 422 in both languages and records nothing", async () => {
    const plate = uniquePlate("ط");
    const cases: Array<[unknown, string]> = [[987_654, "unknown_gate"], [closedGate, "inactive_gate"], [exitGate, "wrong_gate_direction"], ["North", "validation"], [0, "validation"]];
    for (const [bad, code] of cases) {
      const res = await api(server, "/api/entry", { method: "POST", body: { plate, gate: bad } });
      expect([res.status, errorCode(res)], String(bad)).toEqual([422, code]);
      expect((res.body.error as { field_errors?: object }).field_errors, String(bad)).toHaveProperty("gate");
    }
    const inactive = await api(server, "/api/entry", { method: "POST", body: { plate, gate: closedGate } });
    expect(inactive.body.error).toMatchObject({ message: expect.stringContaining("is inactive"), message_fa: expect.stringContaining("غیرفعال است") });
    expect(await database.parkingSession.count({ where: { plate } })).toBe(0);
    expect((await api(server, "/api/entry", { method: "POST", body: { plate, gate: sideGate } })).status).toBe(200);
    const wrongExit = await api(server, "/api/exit", { method: "POST", body: { plate, gate: entryGate } });
    expect([wrongExit.status, errorCode(wrongExit)]).toEqual([422, "wrong_gate_direction"]);
    expect(await database.parkingSession.findFirst({ where: { plate } })).toMatchObject({ status: "open", entryGateId: sideGate, exitGateId: null });
  });
});
