import { describe, expect, it } from "vitest";
import { summariseHealth, type HealthChecks } from "./health-report";

const shipped = ["20261125000000_init", "20261125190000_gate_settings", "20261130000000_stay_indexes"];
const healthy: HealthChecks = {
  database: { reachable: true, appliedMigrations: shipped, shippedMigrations: shipped },
  snapshots: { writable: true, freeBytes: 5_000_000_000 },
};

describe("summariseHealth", () => {
  it("is ok with every migration applied and a writable snapshot folder", () => {
    expect(summariseHealth(healthy)).toEqual({
      status: "ok",
      problems: [],
      database: { reachable: true, migrations: { applied: 3, expected: 3, pending: 0 } },
      snapshots: { writable: true, free_bytes: 5_000_000_000 },
    });
  });

  it("is unavailable when a shipped migration is not applied (or failed, so not finished)", () => {
    const report = summariseHealth({ ...healthy, database: { reachable: true, appliedMigrations: shipped.slice(0, 2), shippedMigrations: shipped } });
    expect(report.status).toBe("unavailable");
    expect(report.problems).toEqual(["migrations_pending"]);
    expect(report.database.migrations).toEqual({ applied: 2, expected: 3, pending: 1 });
  });

  it("stays ok when the database has a migration this build does not ship (a newer build ran first)", () => {
    const report = summariseHealth({ ...healthy, database: { reachable: true, appliedMigrations: [...shipped, "20270101000000_next"], shippedMigrations: shipped } });
    expect(report.status).toBe("ok");
    expect(report.database.migrations).toEqual({ applied: 4, expected: 3, pending: 0 });
  });

  it("is unavailable without a database, with no migration counts", () => {
    const report = summariseHealth({ ...healthy, database: { reachable: false } });
    expect(report).toMatchObject({ status: "unavailable", problems: ["database_unreachable"], database: { reachable: false, migrations: null } });
  });

  it("is unavailable when snapshots cannot be written, and lists every problem", () => {
    const report = summariseHealth({ database: { reachable: false }, snapshots: { writable: false, freeBytes: null } });
    expect(report.status).toBe("unavailable");
    expect(report.problems).toEqual(["database_unreachable", "snapshots_not_writable"]);
    expect(report.snapshots).toEqual({ writable: false, free_bytes: null });
  });

  it("only reports low free space", () => {
    const report = summariseHealth({ ...healthy, snapshots: { writable: true, freeBytes: 0 } });
    expect(report.status).toBe("ok");
    expect(report.snapshots.free_bytes).toBe(0);
  });
});
