import "server-only";
import type { FirstRunInput } from "@/lib/users/first-run-schema";
import type { Actor } from "../actor";
import { writeAudit } from "../audit";
import { requireAdmin } from "../auth/admin";
import { hashPassword } from "../auth/password-hash";
import { db } from "../db";

/** Whether this user still has to go through the first-run step (only the first admin ever does). */
export async function isFirstRunPending(userId: string): Promise<boolean> {
  const id = Number(userId);
  if (!Number.isInteger(id)) return false;
  const user = await db.user.findUnique({ where: { id }, select: { firstRunPending: true } });
  return user?.firstRunPending ?? false;
}

/**
 * Names the lot and replaces the given password, once. The session stays open (the admin is signed in
 * here and nowhere else yet); the flag, the name and the password change in one transaction with
 * their audit rows. A second call finds the flag cleared and changes nothing.
 */
export async function completeFirstRun(opts: { input: FirstRunInput; actor: Actor }): Promise<{ done: boolean }> {
  requireAdmin(opts.actor);
  const id = Number(opts.actor.id);
  const passwordHash = await hashPassword(opts.input.password);
  return db.$transaction(async (tx) => {
    const claimed = await tx.user.updateMany({ where: { id, firstRunPending: true }, data: { firstRunPending: false, passwordHash } });
    if (claimed.count === 0) return { done: false };
    const before = await tx.setting.findUniqueOrThrow({ where: { id: 1 }, select: { lotName: true } });
    await tx.setting.update({ where: { id: 1 }, data: { lotName: opts.input.lotName } });
    await writeAudit(tx, { actor: opts.actor, action: "user.reset_password", entity: "User", entityId: id });
    await writeAudit(tx, { actor: opts.actor, action: "settings.update", entity: "Setting", entityId: 1, before, after: { lotName: opts.input.lotName } });
    return { done: true };
  });
}
