import "server-only";
import type { AuditFilters } from "@/lib/audit/audit-filters";
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

type AuditWhere = NonNullable<NonNullable<Parameters<Tx["auditLog"]["findMany"]>[0]>["where"]>;

/** Stays whose plate matches, newest first: the plate filter looks for their audit rows. */
const MAX_PLATE_STAYS = 500;

async function stayIdsWithPlate(plate: string): Promise<string[]> {
  // Stored plates carry a dash ("12ب345-67") that the typed, normalised text has not.
  const rows = await db.$queryRaw<Array<{ id: number | bigint }>>`
    SELECT "id" FROM "ParkingSession" WHERE REPLACE("plate", '-', '') LIKE ${`%${plate}%`} ORDER BY "id" DESC LIMIT ${MAX_PLATE_STAYS}`;
  return rows.map((row) => String(row.id));
}

function personWhere(person: string): AuditWhere {
  // Actors are stored "kind:id:name": digits name a user or token by id, anything else a name.
  return /^\d+$/.test(person) ? { actor: { contains: `:${person}:` } } : { actor: { contains: person } };
}

/** Newest first, one keyset page (ids below `beforeId`); `nextBeforeId` is set when there is more. */
export async function listAuditLog(opts: { limit: number; beforeId?: number; filters?: AuditFilters }) {
  const { person, action, plate, from, to } = opts.filters ?? {};
  const where: AuditWhere = {
    ...(opts.beforeId && { id: { lt: opts.beforeId } }),
    ...(action && { action }),
    ...(person && personWhere(person)),
    ...(plate && { entity: "ParkingSession", entityId: { in: await stayIdsWithPlate(plate) } }),
    ...((from || to) && { at: { ...(from && { gte: from }), ...(to && { lt: to }) } }),
  };
  const rows = await db.auditLog.findMany({ where, orderBy: { id: "desc" }, take: opts.limit + 1 });
  const page = rows.slice(0, opts.limit);
  return { rows: page, nextBeforeId: rows.length > opts.limit ? page[page.length - 1].id : null };
}
