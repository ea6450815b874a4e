import "server-only";
import { describeActor, type Actor } from "./actor";
import { db, type Tx } from "./db";
import type { SqlTx } from "./sql/sql-client";

type AuditEntry = {
  actor: Actor;
  action: string;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
};

function auditValues(entry: AuditEntry) {
  return {
    at: new Date(),
    actor: describeActor(entry.actor),
    entityId: entry.entityId == null ? null : String(entry.entityId),
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
  };
}

/** Written inside the mutation's own transaction, so a change and its audit row land together. */
export async function writeAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  const v = auditValues(entry);
  // Raw: every mutation writes one, and a Prisma model query costs ~3x the CPU (docs/BENCHMARKS.md).
  await tx.$executeRaw`
    INSERT INTO "AuditLog" ("at", "actor", "action", "entity", "entityId", "before", "after")
    VALUES (${v.at}, ${v.actor}, ${entry.action}, ${entry.entity}, ${v.entityId}, ${v.before}, ${v.after})`;
}

/** writeAudit for the hot-path transactions (entry, exit) that run on the driver directly. */
export async function writeAuditSql(tx: SqlTx, entry: AuditEntry): Promise<void> {
  const v = auditValues(entry);
  await tx.run(
    `INSERT INTO "AuditLog" ("at", "actor", "action", "entity", "entityId", "before", "after") VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [v.at, v.actor, entry.action, entry.entity, v.entityId, v.before, v.after],
  );
}

export async function listAuditLog(opts: { limit: number; beforeId?: number; action?: string }) {
  return db.auditLog.findMany({
    where: { ...(opts.beforeId && { id: { lt: opts.beforeId } }), ...(opts.action && { action: opts.action }) },
    orderBy: { id: "desc" },
    take: opts.limit,
  });
}
