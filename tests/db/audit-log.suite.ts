import { beforeAll, describe, expect, it } from "vitest";
import { parseAuditQuery, type AuditFilters } from "@/lib/audit/audit-filters";

/** The audit log's filters and pages (listAuditLog) on whichever database DATABASE_URL names. */
const { db } = await import("@/lib/server/db");
const { listAuditLog } = await import("@/lib/server/audit");

const DAY = 86_400_000;
const t0 = Date.UTC(2026, 2, 21, 6); // 1 Farvardin 1405, 09:30 in Tehran
const ids: Record<string, number> = {};

async function audit(day: number, actor: string, action: string, entity: string, entityId: number | null, after: unknown = null) {
  const row = await db.auditLog.create({
    data: { at: new Date(t0 + day * DAY), actor, action, entity, entityId: entityId === null ? null : String(entityId), after: after === null ? null : JSON.stringify(after) },
  });
  return row.id;
}

beforeAll(async () => {
  const a = await db.parkingSession.create({ data: { plate: "12ب345-67", entryAt: new Date(t0), status: "closed" } });
  const b = await db.parkingSession.create({ data: { plate: "23ج456-78", openPlate: "23ج456-78", entryAt: new Date(t0) } });
  const c = await db.parkingSession.create({ data: { plate: "12ب345-67", openPlate: "12ب345-67", entryAt: new Date(t0 + 3 * DAY) } });
  ids.entryA = await audit(0, "user:1:مدیر", "entry.register", "ParkingSession", a.id, { plate: a.plate });
  ids.entryB = await audit(0, "user:2:سارا", "entry.register", "ParkingSession", b.id, { plate: b.plate });
  ids.exitA = await audit(1, "user:2:سارا", "exit.register", "ParkingSession", a.id, { plate: a.plate, cost: 40_000 });
  ids.settings = await audit(1, "user:1:مدیر", "settings.update", "Setting", 1);
  ids.late = await audit(2, "token:3:Camera", "gate.late_read", "ParkingSession", a.id, { plate: a.plate, lateMinutes: 95 });
  ids.entryC = await audit(3, "token:3:Camera", "entry.register", "ParkingSession", c.id, { plate: c.plate });
  ids.imported = await audit(3, "system:0:import", "legacy.import", "ParkingSession", null);
});

async function found(filters: AuditFilters, limit = 50) {
  return (await listAuditLog({ limit, filters })).rows.map((row) => row.id);
}

describe("listAuditLog filters", () => {
  it("finds a plate's rows however it is typed, through the stays that carry it", async () => {
    const plateRows = [ids.entryC, ids.late, ids.exitA, ids.entryA];
    for (const typed of ["12ب345-67", "۱۲ب۳۴۵۶۷", "١٢ ب ٣٤٥ - ٦٧", "345-67"]) {
      expect(await found(parseAuditQuery({ plate: typed }).filters)).toEqual(plateRows);
    }
    expect(await found(parseAuditQuery({ plate: "ج456" }).filters)).toEqual([ids.entryB]);
    expect(await found(parseAuditQuery({ plate: "99999" }).filters)).toEqual([]);
  });

  it("narrows by action, by person (name or id) and by Jalali day", async () => {
    expect(await found({ action: "exit.register" })).toEqual([ids.exitA]);
    expect(await found({ person: "سارا" })).toEqual([ids.exitA, ids.entryB]);
    expect(await found({ person: "2" })).toEqual([ids.exitA, ids.entryB]);
    expect(await found({ person: "Camera" })).toEqual([ids.entryC, ids.late]);
    // 2 Farvardin alone: the second day's rows.
    expect(await found(parseAuditQuery({ from: "1405/01/02", to: "۱۴۰۵/۰۱/۰۲" }).filters)).toEqual([ids.settings, ids.exitA]);
    expect(await found(parseAuditQuery({ from: "1405/01/03" }).filters)).toEqual([ids.imported, ids.entryC, ids.late]);
    expect(await found({ plate: "12ب34567", action: "entry.register", person: "Camera" })).toEqual([ids.entryC]);
  });

  it("pages newest first with no gap or repeat, filters kept", async () => {
    const seen: number[] = [];
    let beforeId: number | undefined;
    do {
      const page = await listAuditLog({ limit: 2, beforeId, filters: { action: "entry.register" } });
      seen.push(...page.rows.map((row) => row.id));
      beforeId = page.nextBeforeId ?? undefined;
    } while (beforeId);
    expect(seen).toEqual([ids.entryC, ids.entryB, ids.entryA]);
    const first = await listAuditLog({ limit: 3 });
    expect(first.nextBeforeId).toBe(first.rows[2].id);
    expect((await listAuditLog({ limit: 7 })).nextBeforeId).toBeNull();
  });
});
