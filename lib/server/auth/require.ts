import "server-only";
import { getServerSession } from "next-auth";
import { forbidden as renderForbidden, redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "@/lib/auth/roles";
import type { Actor } from "../actor";
import { hasRole } from "./admin";
import { forbidden, unauthorized } from "./auth-errors";
import { authOptions } from "./options";
import { actorForSession, whySessionEnded, type SessionClaims } from "./session-actor";

/** Once per server render: a layout and its page both asking cost one session check and one query. */
const currentSession = cache(async (): Promise<{ claims: SessionClaims; actor: Actor | null }> => {
  const session = await getServerSession(authOptions);
  const claims = session?.user ? { uid: session.user.id, sv: session.user.sv } : null;
  return { claims, actor: await actorForSession(claims) };
});

const sessionActor = async () => (await currentSession()).actor;

/** For the sign-in page: the user a valid session cookie signs in, or null. */
export const signedInActor = sessionActor;

/** For server actions and route handlers: the signed-in user, or AppError unauthorized (401). */
export async function requireUser(): Promise<Actor> {
  const actor = await sessionActor();
  if (!actor) throw unauthorized();
  return actor;
}

/** Like requireUser, and AppError forbidden (403) unless the user has the role (admin passes every check). */
export async function requireRole(role: Role): Promise<Actor> {
  const actor = await requireUser();
  if (!hasRole(actor, role)) throw forbidden();
  return actor;
}

/**
 * For pages: redirects to /login when signed out. A cookie that still decodes but no longer signs
 * anyone in (deactivated, signed out elsewhere, password reset) goes to /login with the reason, and
 * the sign-in page, which asks the same question, shows it instead of redirecting back.
 */
export async function requirePageUser(): Promise<Actor> {
  const { claims, actor } = await currentSession();
  if (actor) return actor;
  redirect(claims?.uid ? `/login?ended=${await whySessionEnded(claims)}` : "/login");
}

/** For pages: redirects to /login when signed out, renders the 403 page for the wrong role. */
export async function requirePageRole(role: Role): Promise<Actor> {
  const actor = await requirePageUser();
  if (!hasRole(actor, role)) renderForbidden();
  return actor;
}
