import "server-only";
import type { Actor } from "../actor";
import { db } from "../db";

/**
 * The signed-in user as an actor, read again from the database so that a deactivated user or a
 * changed role takes effect at once rather than when the session cookie expires.
 */
export async function actorForUserId(userId: string | undefined): Promise<Actor | null> {
  const id = Number(userId);
  if (!Number.isInteger(id) || id <= 0) return null;
  const user = await db.user.findUnique({ where: { id }, select: { id: true, name: true, role: true, active: true } });
  if (!user?.active) return null;
  return { kind: "user", id: String(user.id), name: user.name, role: user.role === "admin" ? "admin" : "operator" };
}
