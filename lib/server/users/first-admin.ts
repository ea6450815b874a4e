import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "../actor";
import { writeAudit } from "../audit";
import { db } from "../db";
import { passwordSchema } from "./user-schema";
import { hashPassword } from "../auth/password-hash";

const SYSTEM: Actor = { kind: "system", id: "setup", name: "setup", role: "admin" };

/**
 * Creates the user "admin" when there is no user at all. The password is PELAK_ADMIN_PASSWORD or a
 * random one; there is no default password in the code. Returns null when users already exist.
 * Its first sign-in asks for the lot's name and a new password (first-run.ts).
 */
export async function ensureFirstAdmin(opts: { password?: string }): Promise<{ username: string; password: string } | null> {
  if ((await db.user.count()) > 0) return null;
  const password = opts.password || randomBytes(15).toString("base64url");
  if (!passwordSchema.safeParse(password).success) throw new Error("PELAK_ADMIN_PASSWORD must be 10 to 128 characters long and not a common password");
  const passwordHash = await hashPassword(password);
  const created = await db.$transaction(async (tx) => {
    if ((await tx.user.count()) > 0) return false;
    const user = await tx.user.create({
      data: { username: "admin", name: "مدیر", role: "admin", passwordHash, firstRunPending: true },
      select: { id: true, username: true, role: true },
    });
    await writeAudit(tx, { actor: SYSTEM, action: "user.create", entity: "User", entityId: user.id, after: user });
    return true;
  });
  return created ? { username: "admin", password } : null;
}
