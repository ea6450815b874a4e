import "server-only";
import type { z } from "zod";
import type { UserView } from "@/lib/auth/account-views";
import type { Actor } from "../actor";
import { writeAudit } from "../audit";
import { db, dbProvider, type Tx } from "../db";
import { AppError, isUniqueViolation } from "../errors";
import { requireAdmin } from "../auth/admin";
import { zodFieldErrors } from "../zod-errors";
import { createUserSchema, passwordSchema, type CreateUserInput } from "./user-schema";
import { hashPassword } from "../auth/password-hash";


const VIEW_SELECT = { id: true, username: true, name: true, role: true, active: true, createdAt: true } as const;
const toView = (row: Omit<UserView, "role"> & { role: string }): UserView => ({
  ...row,
  role: row.role === "admin" ? "admin" : "operator",
});

function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new AppError({
    kind: "validation",
    messages: { fa: "مشخصات کاربر معتبر نیست.", en: "The user details are not valid." },
    fieldErrors: zodFieldErrors(parsed.error),
  });
}

const userConflict = (code: string, en: string, fa: string) => new AppError({ kind: "conflict", code, messages: { fa, en } });

export async function listUsers(opts: { actor: Actor }): Promise<UserView[]> {
  requireAdmin(opts.actor);
  const rows = await db.user.findMany({ select: VIEW_SELECT, orderBy: { id: "asc" } });
  return rows.map(toView);
}

export async function createUser(opts: { input: CreateUserInput; actor: Actor }): Promise<UserView> {
  requireAdmin(opts.actor);
  const { password, ...input } = parseOrThrow(createUserSchema, opts.input);
  const passwordHash = await hashPassword(password);
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.user.create({ data: { ...input, passwordHash }, select: VIEW_SELECT });
      await writeAudit(tx, { actor: opts.actor, action: "user.create", entity: "User", entityId: row.id, after: row });
      return toView(row);
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw userConflict("username_taken", "This username is taken.", "این نام کاربری قبلاً ثبت شده است.");
  }
}

async function findUserOrThrow(tx: Tx, id: number) {
  const row = await tx.user.findUnique({ where: { id }, select: VIEW_SELECT });
  if (row) return row;
  throw new AppError({ kind: "not_found", code: "user_not_found", messages: { fa: "کاربر پیدا نشد.", en: "No such user." } });
}

/** An admin cannot deactivate himself, and the last active admin cannot be deactivated. */
export async function setUserActive(opts: { userId: number; active: boolean; actor: Actor }): Promise<UserView> {
  requireAdmin(opts.actor);
  return db.$transaction(async (tx) => {
    // PostgreSQL: lock the admins so two admins cannot deactivate each other at once.
    if (dbProvider === "postgresql") await tx.$queryRaw`SELECT "id" FROM "User" WHERE "role" = 'admin' FOR UPDATE`;
    const before = await findUserOrThrow(tx, opts.userId);
    if (!opts.active && opts.actor.kind === "user" && opts.actor.id === String(before.id)) {
      throw userConflict("cannot_deactivate_self", "You cannot deactivate your own account.", "نمی‌توانید حساب خودتان را غیرفعال کنید.");
    }
    if (!opts.active && before.role === "admin" && before.active) {
      const admins = await tx.user.count({ where: { role: "admin", active: true } });
      if (admins <= 1) {
        throw userConflict("last_admin", "The last active admin cannot be deactivated.", "آخرین مدیر فعال را نمی‌توان غیرفعال کرد.");
      }
    }
    // Deactivating ends the user's sessions: a later reactivation must not revive them.
    const after = await tx.user.update({
      where: { id: opts.userId },
      data: opts.active ? { active: true } : { active: false, sessionVersion: { increment: 1 } },
      select: VIEW_SELECT,
    });
    await writeAudit(tx, { actor: opts.actor, action: opts.active ? "user.activate" : "user.deactivate", entity: "User", entityId: after.id, before, after });
    return toView(after);
  });
}

export async function resetUserPassword(opts: { userId: number; password: string; actor: Actor }): Promise<UserView> {
  requireAdmin(opts.actor);
  const password = parseOrThrow(passwordSchema, opts.password);
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const user = await findUserOrThrow(tx, opts.userId);
    // Every session opened with the old password ends at once.
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await writeAudit(tx, { actor: opts.actor, action: "user.reset_password", entity: "User", entityId: user.id });
    return toView(user);
  });
}
