import { describe, expect, it } from "vitest";
import { parseLegacyTimestamp } from "./legacy-rows";
import { planLegacyImport } from "./legacy-stays";

const entry = (id: number, plate: string, at = "2025-03-10 08:00:00") => ({ id, plate, image_in: null, timestamp_in: at });
const exit = (id: number, entryId: number, at = "2025-03-10 10:00:00") => ({
  id, entry_id: entryId, plate: "x", image_out: "out.jpg", timestamp_out: at, duration_minutes: 120, cost: 40_000,
});
const inside = (entryId: number) => ({ entry_id: entryId, plate: "x", timestamp_in: "2025-03-10 08:00:00" });
const tables = (t: { entries?: unknown[]; exits?: unknown[]; activeCars?: unknown[]; settings?: unknown[] }) => ({
  entries: [], exits: [], activeCars: [], settings: [], ...t,
});

describe("parseLegacyTimestamp", () => {
  it("reads the old system's text as UTC, with or without a fraction", () => {
    expect(parseLegacyTimestamp("2025-03-10 08:05:30")).toEqual(new Date("2025-03-10T08:05:30Z"));
    expect(parseLegacyTimestamp("2025-03-10T08:05:30.25")).toEqual(new Date("2025-03-10T08:05:30.250Z"));
  });

  it("refuses other forms and days that do not exist", () => {
    for (const text of ["10/03/2025 08:05", "2025-02-30 08:00:00", "2025-03-10 24:00:00", ""]) {
      expect(parseLegacyTimestamp(text)).toBeNull();
    }
  });
});

describe("planLegacyImport", () => {
  it("makes closed stays with the recorded duration and cost, and open ones for cars inside", () => {
    const plan = planLegacyImport(tables({
      entries: [entry(1, "12ب345-67"), entry(2, "۱۰الف۱۲۳ ایران ۴۵", "2025-03-11 09:00:00")],
      exits: [exit(7, 1)],
      activeCars: [inside(2)],
    }));
    expect(plan.rejections).toEqual([]);
    expect(plan.stays).toEqual([
      {
        entryId: 1, plate: "12ب345-67", entryAt: new Date("2025-03-10T08:00:00Z"), entryImage: null,
        exit: { id: 7, at: new Date("2025-03-10T10:00:00Z"), image: "out.jpg", durationMinutes: 120, cost: 40_000 },
      },
      { entryId: 2, plate: "10الف123-45", entryAt: new Date("2025-03-11T09:00:00Z"), entryImage: null, exit: null },
    ]);
  });

  it("rejects a bad plate with its exit, and exits or cars inside whose entry is missing", () => {
    const plan = planLegacyImport(tables({
      entries: [entry(3, "ABC-123")],
      exits: [exit(4, 3), exit(5, 99)],
      activeCars: [inside(98)],
    }));
    expect(plan.stays).toEqual([]);
    expect(plan.rejections).toEqual([
      { table: "exits", id: "5", reason: "no entry 99 in entries" },
      { table: "active_cars", id: "98", reason: "no entry 98 in entries" },
      { table: "entries", id: "3", reason: expect.stringMatching(/^plate "ABC-123": /) },
      { table: "exits", id: "4", reason: "entry 3 was rejected" },
    ]);
  });

  it("rejects entries that are inconsistent: neither out nor in, both, twice out, out before in, bad times", () => {
    const plan = planLegacyImport(tables({
      entries: [
        entry(1, "11ب111-11"), entry(2, "12ب111-11"), entry(3, "13ب111-11"), entry(4, "14ب111-11"),
        entry(5, "15ب111-11", "yesterday"), { id: 6, plate: null },
      ],
      exits: [exit(20, 2), exit(30, 3), exit(31, 3), exit(40, 4, "2025-03-10 07:59:59")],
      activeCars: [inside(2), inside(6)],
    }));
    expect(plan.stays).toEqual([]);
    const reasons = Object.fromEntries(plan.rejections.filter((r) => r.table === "entries").map((r) => [r.id, r.reason]));
    expect(reasons).toEqual({
      1: "neither left (no exit) nor inside (not in active_cars)",
      2: "both left (exit 20) and still inside (active_cars)",
      3: "left more than once (exits 30, 31)",
      4: "exit 40 is before the entry",
      5: 'timestamp_in "yesterday" is not YYYY-MM-DD HH:MM:SS',
      6: expect.stringMatching(/^unreadable row: plate /),
    });
    expect(plan.rejections).toContainEqual({ table: "active_cars", id: "6", reason: "entry 6 was rejected" });
  });

  it("keeps only the first of two spellings of one plate inside", () => {
    const plan = planLegacyImport(tables({ entries: [entry(1, "12ب345-67"), entry(2, "۱۲ب۳۴۵-۶۷")], activeCars: [inside(1), inside(2)] }));
    expect(plan.stays.map((s) => s.entryId)).toEqual([1]);
    expect(plan.rejections).toEqual([
      { table: "entries", id: "2", reason: "plate 12ب345-67 is already inside with entry 1" },
      { table: "active_cars", id: "2", reason: "entry 2 was rejected" },
    ]);
  });

  it("reads capacity and price within Pelak's limits and ignores last_reset", () => {
    const good = planLegacyImport(tables({ settings: [
      { key: "capacity", value: "150" }, { key: "price_per_hour", value: "30000" }, { key: "last_reset", value: "2025-03-10 07:00:00" },
    ] }));
    expect(good).toMatchObject({ settings: { capacity: 150, pricePerHour: 30_000 }, rejections: [] });
    const bad = planLegacyImport(tables({ settings: [{ key: "capacity", value: "0" }, { key: "price_per_hour", value: "cheap" }] }));
    expect(bad.settings).toEqual({});
    expect(bad.rejections).toEqual([
      { table: "settings", id: "capacity", reason: 'value "0" is not a valid capacity' },
      { table: "settings", id: "price_per_hour", reason: 'value "cheap" is not a valid pricePerHour' },
    ]);
  });
});
