import "server-only";
import type { Actor } from "../actor";
import { hotSql } from "../db";

type UserRow = { id: number; name: string; role: string; active: boolean | number };

/**
 * The signed-in user as an actor, read again from the database so that a deactivated user or a
 * changed role takes effect at once rather than when the session cookie expires. Every page,
 * action and dashboard poll asks, so it is hot-path SQL (lib/server/sql).
 */
export async function actorForUserId(userId: string | undefined): Promise<Actor | null> {
  const id = Number(userId);
  if (!Number.isInteger(id) || id <= 0) return null;
  const sql = await hotSql();
  const [user] = await sql.read<UserRow>(`SELECT "id", "name", "role", "active" FROM "User" WHERE "id" = $1`, [id]);
  if (!user?.active) return null;
  return { kind: "user", id: String(user.id), name: user.name, role: user.role === "admin" ? "admin" : "operator" };
}
