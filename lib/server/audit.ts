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
  const entityId = entry.entityId == null ? null : String(entry.entityId);
  const before = entry.before === undefined ? null : JSON.stringify(entry.before);
  const after = entry.after === undefined ? null : JSON.stringify(entry.after);
  // Raw: every mutation writes one, and a Prisma model query costs ~3x the CPU (docs/BENCHMARKS.md).
  await tx.$executeRaw`
    INSERT INTO "AuditLog" ("at", "actor", "action", "entity", "entityId", "before", "after")
    VALUES (${new Date()}, ${describeActor(entry.actor)}, ${entry.action}, ${entry.entity}, ${entityId}, ${before}, ${after})`;
}

export async function listAuditLog(opts: { limit: number; beforeId?: number }) {
  return db.auditLog.findMany({
    where: opts.beforeId ? { id: { lt: opts.beforeId } } : undefined,
    orderBy: { id: "desc" },
    take: opts.limit,
  });
}
