import "server-only";
import { z } from "zod";
import { db } from "../db";
import { hashPassword, needsRehash, verifyPassword } from "./password-hash";
import { loginErrorText, type LoginErrorCode } from "@/lib/auth/login-errors";
import { signInKey, signInLimiter } from "./limiters";

export type SessionUser = { id: string; name: string; username: string; role: "admin" | "operator"; sessionVersion: number };

const credentialsSchema = z.object({ username: z.string().trim().toLowerCase().min(1).max(64), password: z.string().min(1).max(128) });

// Compared against when the username is unknown, so both failures take the same time.
let dummyHash: Promise<string> | undefined;

/** next-auth hands the message to the login page as `error`: a code, and for a block the seconds left. */
export class LoginError extends Error {
  constructor(readonly code: LoginErrorCode, waitSeconds?: number) {
    super(loginErrorText(code, waitSeconds));
  }
}

/** Returns the user for a correct, active login; null for wrong credentials; throws when refused. */
export async function authorizeCredentials(input: unknown, ip: string): Promise<SessionUser | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { username, password } = parsed.data;
  // Keyed on the pair only: no count per user name, which anyone could run up to lock its owner out.
  const key = signInKey(username, ip);
  const blockedSeconds = await signInLimiter.blockedFor(key);
  if (blockedSeconds > 0) throw new LoginError("rate_limited", blockedSeconds);
  const user = await db.user.findUnique({ where: { username } });
  const matches = await verifyPassword(password, user?.passwordHash ?? (await (dummyHash ??= hashPassword("pelak-no-such-user"))));
  if (!user || !matches) {
    await signInLimiter.recordFailure(key);
    return null;
  }
  if (!user.active) throw new LoginError("inactive_user");
  await signInLimiter.clear(key);
  if (needsRehash(user.passwordHash)) {
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
  }
  return { id: String(user.id), name: user.name, username: user.username, role: user.role === "admin" ? "admin" : "operator", sessionVersion: user.sessionVersion };
}
