import "server-only";
import { describeActor, type Actor } from "./actor";
import { db, type Tx } from "./db";

type AuditEntry = {
  actor: Actor;
  action: string;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
};

/** Written inside the mutation's own transaction, so a change and its audit row land together. */
export async function writeAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actor: describeActor(entry.actor),
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId == null ? null : String(entry.entityId),
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    },
  });
}

export async function listAuditLog(opts: { limit: number; beforeId?: number }) {
  return db.auditLog.findMany({
    where: opts.beforeId ? { id: { lt: opts.beforeId } } : undefined,
    orderBy: { id: "desc" },
    take: opts.limit,
  });
}
