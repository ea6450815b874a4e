// Pure: no I/O, so the decision is unit-tested apart from the probes (./check-health.ts).

export type HealthChecks = {
  /** Migration names finished in _prisma_migrations, and the ones this build ships. */
  database: { reachable: false } | { reachable: true; appliedMigrations: string[]; shippedMigrations: string[] };
  snapshots: { writable: boolean; freeBytes: number | null };
};

export type HealthProblem = "database_unreachable" | "migrations_pending" | "snapshots_not_writable";

/** GET /api/health's body: counts and flags only, as anyone may call it. */
export type HealthReport = {
  status: "ok" | "unavailable";
  problems: HealthProblem[];
  database: {
    reachable: boolean;
    migrations: { applied: number; expected: number; pending: number } | null;
  };
  snapshots: { writable: boolean; free_bytes: number | null };
};

/**
 * Unavailable when requests would fail: no database, a schema older than the code (a migration
 * not applied, or one that failed), or gate photos that cannot be saved. Low disk space is only
 * reported: instances usually share the disk, and taking them all out of a load balancer would
 * stop the reads that still work.
 */
export function summariseHealth(checks: HealthChecks): HealthReport {
  const problems: HealthProblem[] = [];
  let migrations: HealthReport["database"]["migrations"] = null;
  if (checks.database.reachable) {
    const applied = new Set(checks.database.appliedMigrations);
    const pending = checks.database.shippedMigrations.filter((name) => !applied.has(name)).length;
    migrations = { applied: applied.size, expected: checks.database.shippedMigrations.length, pending };
    if (pending > 0) problems.push("migrations_pending");
  } else {
    problems.push("database_unreachable");
  }
  if (!checks.snapshots.writable) problems.push("snapshots_not_writable");
  return {
    status: problems.length === 0 ? "ok" : "unavailable",
    problems,
    database: { reachable: checks.database.reachable, migrations },
    snapshots: { writable: checks.snapshots.writable, free_bytes: checks.snapshots.freeBytes },
  };
}
