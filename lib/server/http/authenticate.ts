import "server-only";
import type { NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import type { Role } from "@/lib/auth/roles";
import type { Actor } from "../actor";
import { forbidden, rateLimited, unauthorized } from "../auth/auth-errors";
import { badTokenLimiter } from "../auth/limiters";
import { authSecret } from "../auth/secret";
import { hasRole } from "../auth/admin";
import { actorForSession } from "../auth/session-actor";
import { decodeSessionJwt } from "../auth/session-jwt";
import { clientAddress, requestProtocol } from "./client-address";
import { verifyBearerToken } from "../tokens/tokens";

async function bearerActor(req: NextRequest, token: string): Promise<Actor> {
  // A valid token first: it is never refused because others failed from its address.
  const actor = await verifyBearerToken(token);
  if (actor) return actor;
  const ip = clientAddress(req.headers);
  const wait = await badTokenLimiter.blockedFor(ip);
  if (wait > 0) throw rateLimited(wait);
  await badTokenLimiter.recordFailure(ip);
  throw unauthorized();
}

/**
 * The user of the session cookie, decoded only: unlike getServerSession (pages, actions) it does not
 * re-issue the cookie, which costs a second key derivation and encryption on every dashboard poll.
 */
async function cookieActor(req: NextRequest): Promise<Actor | null> {
  // next-auth names the cookie __Secure-… when the public URL is https (e.g. behind a TLS proxy).
  const secureCookie = requestProtocol(req.headers, req.nextUrl.protocol.replace(":", "")) === "https";
  const jwt = await getToken({ req, secret: authSecret(), secureCookie, decode: decodeSessionJwt });
  return actorForSession(jwt);
}

function checked(actor: Actor | null, role: Role): Actor {
  if (!actor) throw unauthorized();
  if (!hasRole(actor, role)) throw forbidden();
  return actor;
}

/**
 * The caller of a REST endpoint: `Authorization: Bearer <token>` (no next-auth work on that path)
 * or the signed-in session cookie. Throws unauthorized (401), rate_limited (429) or forbidden (403).
 */
export async function authenticateRequest(req: NextRequest, role: Role = "operator"): Promise<Actor> {
  const authorization = req.headers.get("authorization");
  if (!authorization) return checked(await cookieActor(req), role);
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) throw unauthorized();
  return checked(await bearerActor(req, match[1]), role);
}

/** The caller of the app's own JSON routes (/api/app/*): the signed-in session cookie only. */
export async function authenticateSession(req: NextRequest, role: Role = "operator"): Promise<Actor> {
  return checked(await cookieActor(req), role);
}
