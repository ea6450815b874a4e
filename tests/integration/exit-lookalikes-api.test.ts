import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase, type TestDatabase } from "./support/database";
import { api, errorCode, uniquePlate } from "./support/http";

const server = inject("sqlite");
let database: TestDatabase;

beforeAll(() => {
  database = openDatabase(server.databaseUrl);
});
afterAll(() => database.$disconnect());

/** A car inside with ق, and the plate a reader that took its ق for a ن would send. */
async function carWithMisread(): Promise<{ plate: string; misread: string; id: number }> {
  const plate = uniquePlate("ق");
  const entry = await api(server, "/api/entry/", { method: "POST", body: { plate } });
  expect(entry.status).toBe(200);
  return { plate, misread: plate.replace("ق", "ن"), id: Number(entry.body.entry_id) };
}

type Suggestion = { plate: string; session_id: number; entry_at: string; entry_snapshot_url: string | null };

describe("POST /api/exit for a plate not inside", () => {
  it("answers 404 not_inside as before, plus the look-alike cars inside with their entry photo", async () => {
    const car = await carWithMisread();
    await database.parkingSession.update({ where: { id: car.id }, data: { entrySnapshot: "lookalike-entry.jpg" } });
    const res = await api(server, "/api/exit/", { method: "POST", body: { plate: car.misread } });
    expect(res.status).toBe(404);
    expect(res.body.success).toBe(false);
    const error = res.body.error as Record<string, unknown>;
    expect(Object.keys(error).sort()).toEqual(["code", "message", "message_fa", "suggestions"]);
    expect(error).toMatchObject({ code: "not_inside", message: `Car ${car.misread} is not inside.` });
    expect(error.message_fa).toBe(`خودروی ${car.misread.replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)])} در پارکینگ نیست.`);
    // ق/ن is the most common confusion: the car comes first whatever else is inside.
    const [first] = error.suggestions as Suggestion[];
    expect(first).toEqual({ plate: car.plate, session_id: car.id, entry_at: expect.any(String), entry_snapshot_url: "/api/snapshots/lookalike-entry.jpg" });
    expect(Date.now() - Date.parse(first.entry_at)).toBeLessThan(5 * 60_000);
  });

  it("answers an empty list when no look-alike is inside", async () => {
    const res = await api(server, "/api/exit/", { method: "POST", body: { plate: uniquePlate("م") } });
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: "not_inside", suggestions: [] });
  });
});

describe("POST /api/exit with read_plate: the look-alike picked", () => {
  it("closes that car's stay and audits the corrected read with the caller and the gate", async () => {
    const car = await carWithMisread();
    const gate = await database.gate.create({ data: { name: `خروجی ${car.plate}`, direction: "exit" } });
    const res = await api(server, "/api/exit/", { method: "POST", body: { plate: car.plate, read_plate: car.misread, gate: gate.id } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ success: true, plate: car.plate });
    expect(await database.parkingSession.findUniqueOrThrow({ where: { id: car.id } })).toMatchObject({ status: "closed", exitGateId: gate.id });
    const audit = await database.auditLog.findFirstOrThrow({ where: { action: "exit.lookalike_match", entityId: String(car.id) } });
    expect(audit.actor).toMatch(/^token:\d+:/);
    expect(JSON.parse(audit.after ?? "")).toEqual({ readPlate: car.misread, plate: car.plate, gateId: gate.id, gateName: gate.name });
  });

  it("refuses a read plate the car is not a look-alike of (422 not_lookalike) and leaves the car inside", async () => {
    const car = await carWithMisread();
    const res = await api(server, "/api/exit/", { method: "POST", body: { plate: car.plate, read_plate: uniquePlate("م") } });
    expect(res.status).toBe(422);
    expect(errorCode(res)).toBe("not_lookalike");
    expect((res.body.error as { message_fa: string }).message_fa).toContain("نیست");
    expect(await database.parkingSession.findUniqueOrThrow({ where: { id: car.id } })).toMatchObject({ status: "open" });
    const bad = await api(server, "/api/exit/", { method: "POST", body: { plate: car.plate, read_plate: "not a plate" } });
    expect(bad.status).toBe(422);
    expect(errorCode(bad)).toBe("invalid_plate");
    expect(Object.keys((bad.body.error as { field_errors: object }).field_errors)).toEqual(["read_plate"]);
  });
});
