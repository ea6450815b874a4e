import { beforeAll, describe, expect, it } from "vitest";
import { STAY_EXPORT_HEADERS } from "@/lib/parking/stay-export";
import type { Actor } from "@/lib/server/actor";

/** Named gates (lib/server/gates) on whichever database DATABASE_URL names (set before this import). */
const { db } = await import("@/lib/server/db");
const { createGate, updateGate, listGates } = await import("@/lib/server/gates/gates");
const { recordGateHeartbeat } = await import("@/lib/server/gates/gate-heartbeat");
const { registerEntry } = await import("@/lib/server/parking/register-entry");
const { registerExit } = await import("@/lib/server/parking/register-exit");
const { recordGateRead } = await import("@/lib/server/parking/record-gate-read");
const { listStays, findStay } = await import("@/lib/server/parking/list-stays");
const { collectStayRows } = await import("@/lib/server/parking/export-stays");

const admin: Actor = { kind: "user", id: "1", name: "admin", role: "admin" };
const operator: Actor = { kind: "user", id: "2", name: "op", role: "operator" };

const codeOf = (promise: Promise<unknown>) => promise.then(() => "ok", (error: { code?: string }) => error.code);
const auditRows = (action: string) => db.auditLog.findMany({ where: { action }, orderBy: { id: "asc" } });

let north: number;
let south: number;
let both: number;

beforeAll(async () => {
  await db.parkingSession.deleteMany();
  await db.setting.upsert({ where: { id: 1 }, create: { id: 1, capacity: 100 }, update: { capacity: 100 } });
  north = (await createGate({ input: { name: "ورودی شمالی", direction: "entry" }, actor: admin })).id;
  south = (await createGate({ input: { name: "South exit", direction: "exit" }, actor: admin })).id;
  both = (await createGate({ input: { name: "Side", direction: "both" }, actor: admin })).id;
});

describe("gate CRUD", () => {
  it("registers gates with an audit row each, refuses a taken name, bad text and non-admins", async () => {
    const created = await auditRows("gate.create");
    expect(created.map((row) => JSON.parse(row.after ?? "{}"))).toEqual([
      { id: north, name: "ورودی شمالی", direction: "entry", active: true },
      { id: south, name: "South exit", direction: "exit", active: true },
      { id: both, name: "Side", direction: "both", active: true },
    ]);
    expect(created[0]).toMatchObject({ actor: "user:1:admin", entity: "Gate", entityId: String(north) });
    expect(await codeOf(createGate({ input: { name: " Side ", direction: "entry" }, actor: admin }))).toBe("gate_name_taken");
    expect(await codeOf(createGate({ input: { name: "A\u202eB", direction: "entry" }, actor: admin }))).toBe("validation");
    expect(await codeOf(createGate({ input: { name: "X", direction: "sideways" as "entry" }, actor: admin }))).toBe("validation");
    expect(await codeOf(createGate({ input: { name: "Op gate", direction: "entry" }, actor: operator }))).toBe("forbidden");
    expect(await db.gate.count()).toBe(3);
  });

  it("renames, redirects and deactivates with the old and new values audited; an unchanged save writes nothing", async () => {
    const temp = await createGate({ input: { name: "Temp", direction: "entry" }, actor: admin });
    const renamed = await updateGate({ input: { id: temp.id, name: "Temporary", direction: "both" }, actor: admin });
    expect(renamed).toMatchObject({ name: "Temporary", direction: "both", active: true });
    const off = await updateGate({ input: { id: temp.id, active: false }, actor: admin });
    expect(off.active).toBe(false);
    await updateGate({ input: { id: temp.id, name: "Temporary" }, actor: admin });
    const updates = (await auditRows("gate.update")).filter((row) => row.entityId === String(temp.id));
    expect(updates.map((row) => [JSON.parse(row.before ?? "{}"), JSON.parse(row.after ?? "{}")])).toEqual([
      [{ id: temp.id, name: "Temp", direction: "entry", active: true }, { id: temp.id, name: "Temporary", direction: "both", active: true }],
      [{ id: temp.id, name: "Temporary", direction: "both", active: true }, { id: temp.id, name: "Temporary", direction: "both", active: false }],
    ]);
    expect(await codeOf(updateGate({ input: { id: temp.id, name: "Side" }, actor: admin }))).toBe("gate_name_taken");
    expect(await codeOf(updateGate({ input: { id: 999_999, active: false }, actor: admin }))).toBe("gate_not_found");
    expect(await codeOf(updateGate({ input: { id: temp.id, active: true }, actor: operator }))).toBe("forbidden");
    expect((await listGates({ activeOnly: true })).map((g) => g.name)).not.toContain("Temporary");
    expect((await listGates()).at(-1)).toMatchObject({ name: "Temporary", active: false });
  });
});

describe("stays record their gates", () => {
  it("keeps the entry and exit gate from REST-style calls and gate reads; manual entries have none", async () => {
    await registerEntry({ plate: "11ب111-11", gateId: north, actor: operator });
    await registerExit({ plate: "11ب111-11", gateId: south, actor: operator });
    await recordGateRead({ read: { requestId: crypto.randomUUID(), direction: "entry", gateId: both, plate: "22ج222-22", source: "auto", confidence: 0.999, snapshot: null, readAgoMs: 0 }, actor: operator });
    await recordGateRead({ read: { requestId: crypto.randomUUID(), direction: "exit", gateId: both, plate: "22ج222-22", source: "auto", confidence: 0.999, snapshot: null, readAgoMs: 0 }, actor: operator });
    await registerEntry({ plate: "33د333-33", actor: operator });
    const rows = await db.parkingSession.findMany({ orderBy: { id: "asc" }, select: { plate: true, entryGateId: true, exitGateId: true } });
    expect(rows).toEqual([
      { plate: "11ب111-11", entryGateId: north, exitGateId: south },
      { plate: "22ج222-22", entryGateId: both, exitGateId: both },
      { plate: "33د333-33", entryGateId: null, exitGateId: null },
    ]);
  });

  it("refuses an unknown, inactive or wrong-way gate with 422 and writes nothing", async () => {
    const before = await db.parkingSession.count();
    const inactive = (await listGates()).find((g) => !g.active)!.id;
    expect(await codeOf(registerEntry({ plate: "44س444-44", gateId: 987_654, actor: operator }))).toBe("unknown_gate");
    expect(await codeOf(registerEntry({ plate: "44س444-44", gateId: inactive, actor: operator }))).toBe("inactive_gate");
    expect(await codeOf(registerEntry({ plate: "44س444-44", gateId: south, actor: operator }))).toBe("wrong_gate_direction");
    expect(await db.parkingSession.count()).toBe(before);
    expect(await codeOf(registerExit({ plate: "33د333-33", gateId: north, actor: operator }))).toBe("wrong_gate_direction");
    expect(await db.parkingSession.findFirst({ where: { plate: "33د333-33" } })).toMatchObject({ status: "open", exitGateId: null });
  });

  it("filters the history by gate (entry or exit) and names the gates in items and exports, renamed ones by their new name", async () => {
    expect((await listStays({ gate: south })).items.map((s) => s.plate)).toEqual(["11ب111-11"]);
    expect((await listStays({ gate: north })).items.map((s) => s.plate)).toEqual(["11ب111-11"]);
    expect((await listStays({ gate: both })).items.map((s) => s.plate)).toEqual(["22ج222-22"]);
    expect((await listStays({ gate: 987_654 })).items).toEqual([]);
    await updateGate({ input: { id: south, name: "Exit B" }, actor: admin });
    const [stay] = (await listStays({ gate: south })).items;
    expect(stay).toMatchObject({ entryGate: "ورودی شمالی", exitGate: "Exit B" });
    expect(await findStay(stay.id)).toMatchObject({ entryGate: "ورودی شمالی", exitGate: "Exit B" });
    expect((await listStays({ plate: "33د333-33" })).items[0]).toMatchObject({ entryGate: null, exitGate: null });
    const { rows } = await collectStayRows({ gate: north });
    const [entryColumn, exitColumn] = [STAY_EXPORT_HEADERS.indexOf("گیت ورود"), STAY_EXPORT_HEADERS.indexOf("گیت خروج")];
    expect(rows.map((row) => [row[entryColumn], row[exitColumn]])).toEqual([["ورودی شمالی", "Exit B"]]);
  });
});

describe("heartbeats", () => {
  const beat = { cameraOn: true, backend: "wasm" as const, fps: 4.5, pendingReads: 2 };

  it("keeps the latest heartbeat on the gate row, online within 2 minutes", async () => {
    expect((await listGates()).find((g) => g.id === north)).toMatchObject({ online: false, lastHeartbeatAt: null });
    await recordGateHeartbeat({ input: { gateId: north, ...beat }, actor: operator });
    await recordGateHeartbeat({ input: { gateId: north, ...beat, fps: 6, pendingReads: 0 }, actor: operator });
    expect((await listGates()).find((g) => g.id === north)).toMatchObject({ online: true, cameraOn: true, backend: "wasm", fps: 6, pendingReads: 0 });
    expect(await db.gate.count()).toBe(4);
  });

  it("counts a gate silent for 2 minutes as offline", async () => {
    await recordGateHeartbeat({ input: { gateId: both, ...beat, cameraOn: false, backend: null, fps: null }, actor: operator, at: new Date(Date.now() - 2 * 60_000 - 1_000) });
    expect((await listGates()).find((g) => g.id === both)).toMatchObject({ online: false, cameraOn: false, backend: null, fps: null, pendingReads: 2 });
  });

  it("refuses a heartbeat for an unknown or inactive gate and bad figures", async () => {
    const inactive = (await listGates()).find((g) => !g.active)!;
    expect(await codeOf(recordGateHeartbeat({ input: { gateId: 987_654, ...beat }, actor: operator }))).toBe("unknown_gate");
    expect(await codeOf(recordGateHeartbeat({ input: { gateId: inactive.id, ...beat }, actor: operator }))).toBe("inactive_gate");
    expect(await codeOf(recordGateHeartbeat({ input: { gateId: north, ...beat, fps: -1 }, actor: operator }))).toBe("validation");
    expect((await db.gate.findUnique({ where: { id: inactive.id } }))?.lastHeartbeatAt).toBeNull();
  });
});
