import "server-only";
import type { Actor } from "../actor";
import { writeAudit } from "../audit";
import { db } from "../db";
import { deleteSnapshot, listSnapshots } from "./snapshot-store";

/** The retention rule removes photos, not the admin who set it (their settings.update row says so). */
const SWEEPER: Actor = { kind: "system", id: "snapshot-sweep", name: "snapshot-sweep", role: "admin" };

/** Stays per transaction and names per query: well below SQLite's and PostgreSQL's bound-parameter limits. */
const BATCH = 500;
const DAY_MS = 86_400_000;

/**
 * recordGateRead writes the file before the entry or exit commits, so a younger unreferenced file may
 * still be about to be referenced; an older one was left by a process killed in between.
 */
export const ORPHAN_MIN_AGE_MS = 60 * 60_000;

export type PruneResult = { stays: number; photos: number; orphans: number };

/** Each file that cannot be removed is logged and left: without a reference it is an orphan next time. */
async function removeFiles(names: string[]): Promise<number> {
  let removed = 0;
  for (const name of names) {
    try {
      await deleteSnapshot(name);
      removed += 1;
    } catch (error) {
      console.error(`pelak: could not remove snapshot ${name}:`, error);
    }
  }
  return removed;
}

/**
 * Clears the photo columns of up to BATCH stays that ended before `exitedBefore`, with their audit
 * row, then removes the files. Cars still inside have no exitAt and are never touched. The columns go
 * first: a crash before the files are removed leaves orphans, never a reference to a missing file.
 */
async function expireBatch(retentionDays: number, exitedBefore: Date): Promise<{ stays: number; photos: number }> {
  const stays = await db.parkingSession.findMany({
    where: {
      status: { in: ["closed", "archived"] },
      exitAt: { lt: exitedBefore },
      OR: [{ entrySnapshot: { not: null } }, { exitSnapshot: { not: null } }],
    },
    select: { id: true, entrySnapshot: true, exitSnapshot: true },
    orderBy: { id: "asc" },
    take: BATCH,
  });
  if (stays.length === 0) return { stays: 0, photos: 0 };
  const names = stays.flatMap((s) => [s.entrySnapshot, s.exitSnapshot]).filter((name) => name !== null);
  await db.$transaction(async (tx) => {
    await tx.parkingSession.updateMany({ where: { id: { in: stays.map((s) => s.id) } }, data: { entrySnapshot: null, exitSnapshot: null } });
    const after = { retentionDays, exitedBefore, stays: stays.length, photos: names.length };
    await writeAudit(tx, { actor: SWEEPER, action: "snapshots.expire", entity: "ParkingSession", after });
  });
  await removeFiles(names);
  return { stays: stays.length, photos: names.length };
}

/** Files older than ORPHAN_MIN_AGE_MS that no stay references. */
async function removeOrphans(): Promise<number> {
  const bornBefore = Date.now() - ORPHAN_MIN_AGE_MS;
  const old = (await listSnapshots()).filter((file) => file.modifiedAt.getTime() < bornBefore).map((file) => file.name);
  let removed = 0;
  for (let i = 0; i < old.length; i += BATCH) {
    const names = old.slice(i, i + BATCH);
    const rows = await db.parkingSession.findMany({
      where: { OR: [{ entrySnapshot: { in: names } }, { exitSnapshot: { in: names } }] },
      select: { entrySnapshot: true, exitSnapshot: true },
    });
    const referenced = new Set(rows.flatMap((row) => [row.entrySnapshot, row.exitSnapshot]));
    removed += await removeFiles(names.filter((name) => !referenced.has(name)));
  }
  if (removed > 0) {
    await db.$transaction((tx) => writeAudit(tx, { actor: SWEEPER, action: "snapshots.orphans", entity: "Snapshot", after: { files: removed } }));
  }
  return removed;
}

/**
 * The snapshot sweep: removes the photos of stays that ended more than Setting.snapshotRetentionDays
 * ago (0 keeps them for good) and clears their columns, then the orphaned files.
 */
export async function pruneSnapshots(): Promise<PruneResult> {
  const { snapshotRetentionDays } = await db.setting.findUniqueOrThrow({ where: { id: 1 }, select: { snapshotRetentionDays: true } });
  const result: PruneResult = { stays: 0, photos: 0, orphans: 0 };
  if (snapshotRetentionDays > 0) {
    const exitedBefore = new Date(Date.now() - snapshotRetentionDays * DAY_MS);
    for (;;) {
      const batch = await expireBatch(snapshotRetentionDays, exitedBefore);
      result.stays += batch.stays;
      result.photos += batch.photos;
      if (batch.stays < BATCH) break;
    }
  }
  result.orphans = await removeOrphans();
  return result;
}
