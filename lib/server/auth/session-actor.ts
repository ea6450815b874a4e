import "server-only";
import type { Actor } from "../actor";
import { hotSql } from "../db";

type UserRow = { id: number; name: string; role: string; active: boolean | number; sessionVersion: number | string };

/** What a session cookie says about its user: the id and the user's session version at sign-in. */
export type SessionClaims = { uid?: string; sv?: number } | null | undefined;

const userId = (claims: SessionClaims) => {
  const id = Number(claims?.uid);
  return Number.isInteger(id) && id > 0 ? id : null;
};

/**
 * The signed-in user as an actor, read again from the database so that a deactivated user, a
 * changed role or an ended session (sign-out, password reset: the user's sessionVersion moved on)
 * takes effect at once rather than when the cookie expires. Every page, action and dashboard poll
 * asks, so it is hot-path SQL (lib/server/sql). Cookies from before session versions count as 0.
 */
export async function actorForSession(claims: SessionClaims): Promise<Actor | null> {
  const id = userId(claims);
  if (id === null) return null;
  const sql = await hotSql();
  const [user] = await sql.read<UserRow>(`SELECT "id", "name", "role", "active", "sessionVersion" FROM "User" WHERE "id" = $1`, [id]);
  if (!user?.active || Number(user.sessionVersion) !== (claims?.sv ?? 0)) return null;
  return { kind: "user", id: String(user.id), name: user.name, role: user.role === "admin" ? "admin" : "operator" };
}

/** Why a cookie that decodes no longer signs anybody in: shown on the sign-in page. */
export type EndedSession = "inactive" | "ended";

export async function whySessionEnded(claims: SessionClaims): Promise<EndedSession> {
  const id = userId(claims);
  if (id === null) return "ended";
  const sql = await hotSql();
  const [user] = await sql.read<{ active: boolean | number }>(`SELECT "active" FROM "User" WHERE "id" = $1`, [id]);
  return user && !user.active ? "inactive" : "ended";
}

/**
 * Signing out: ends every session of the user that the signed-out cookie's version still opens. A
 * cookie already ended (an older version) changes nothing, so it cannot end newer sessions.
 */
export async function endSessionsOf(claims: SessionClaims): Promise<void> {
  const id = userId(claims);
  if (id === null) return;
  const sql = await hotSql();
  await sql.write((tx) =>
    tx.run(`UPDATE "User" SET "sessionVersion" = "sessionVersion" + 1 WHERE "id" = $1 AND "sessionVersion" = $2`, [id, claims?.sv ?? 0]),
  );
}
