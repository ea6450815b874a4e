import "server-only";
import type { Actor } from "../actor";
import { writeAudit } from "../audit";
import { db } from "../db";
import { requireAdmin } from "../auth/admin";

/**
 * Empties the lot without deleting history: open sessions are closed as "archived" (no charge)
 * and the reset time is recorded, as the original system's last_reset setting did.
 */
export async function resetParking(opts: { actor: Actor }): Promise<{ archived: number }> {
  requireAdmin(opts.actor);
  return db.$transaction(async (tx) => {
    const open = await tx.parkingSession.findMany({ where: { openPlate: { not: null } }, select: { id: true, plate: true } });
    const now = new Date();
    const { count } = await tx.parkingSession.updateMany({
      where: { id: { in: open.map((s) => s.id) }, openPlate: { not: null } },
      data: { openPlate: null, status: "archived", exitAt: now, exitActor: opts.actor.name },
    });
    await tx.setting.update({ where: { id: 1 }, data: { lastResetAt: now } });
    await writeAudit(tx, { actor: opts.actor, action: "parking.reset", entity: "ParkingSession", before: open, after: { archived: count, at: now } });
    return { archived: count };
  });
}
