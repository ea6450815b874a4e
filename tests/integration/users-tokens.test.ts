import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { createMigratedSqliteDatabase } from "../support/migrated-database";

// Use cases on a fresh SQLite file: DATABASE_URL must be set before lib/server/db is imported.
process.env.DATABASE_URL = createMigratedSqliteDatabase();
const { db } = await import("@/lib/server/db");
const { createUser, listUsers, resetUserPassword, setUserActive } = await import("@/lib/server/users/users");
const { ensureFirstAdmin } = await import("@/lib/server/users/first-admin");
const { createApiToken, listApiTokens, revokeApiToken, verifyBearerToken } = await import("@/lib/server/tokens/tokens");
const { authorizeCredentials, LoginError } = await import("@/lib/server/auth/credentials");
const { verifyPassword } = await import("@/lib/server/auth/password-hash");
const { actorForSession, endSessionsOf, whySessionEnded } = await import("@/lib/server/auth/session-actor");

const operator: Actor = { kind: "user", id: "999", name: "op", role: "operator" };

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: { code?: string }) => error.code,
  );

describe("first admin and users", async () => {
  const first = await ensureFirstAdmin({ password: "first-admin-pw" });
  const admin = await db.user.findUniqueOrThrow({ where: { username: "admin" } });
  const adminActor: Actor = { kind: "user", id: String(admin.id), name: admin.name, role: "admin" };

  it("creates 'admin' once, with the given password hashed", async () => {
    expect(first).toEqual({ username: "admin", password: "first-admin-pw" });
    expect(await ensureFirstAdmin({})).toBeNull();
    expect(await verifyPassword("first-admin-pw", admin.passwordHash)).toBe(true);
    expect(admin.passwordHash).toMatch(/^scrypt\$/);
  });

  it("createUser validates, rejects duplicates and non-admins, and audits", async () => {
    const user = await createUser({ input: { username: " Sara ", name: "سارا", password: "long-enough", role: "operator" }, actor: adminActor });
    expect(user).toMatchObject({ username: "sara", role: "operator", active: true });
    expect(await codeOf(createUser({ input: { username: "sara", name: "x", password: "long-enough", role: "operator" }, actor: adminActor }))).toBe("username_taken");
    expect(await codeOf(createUser({ input: { username: "a", name: "x", password: "short", role: "operator" }, actor: adminActor }))).toBe("validation");
    // The policy: at least 10 characters, and not a common password, each said in both languages.
    const refused = (password: string) => createUser({ input: { username: "weak", name: "x", password, role: "operator" }, actor: adminActor }).catch((e: { fieldErrors?: unknown }) => e.fieldErrors);
    expect(await refused("nine-char")).toEqual({ password: { en: "Use at least 10 characters.", fa: "دست‌کم ۱۰ نویسه لازم است." } });
    expect(await refused("Password123")).toEqual({ password: { en: "This password is too common; choose another.", fa: "این رمز بسیار رایج است؛ رمز دیگری انتخاب کنید." } });
    expect(await codeOf(createUser({ input: { username: "bob", name: "x", password: "long-enough", role: "operator" }, actor: operator }))).toBe("forbidden");
    expect(await codeOf(listUsers({ actor: operator }))).toBe("forbidden");
    expect((await listUsers({ actor: adminActor })).map((u) => u.username)).toEqual(["admin", "sara"]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.create", entityId: String(user.id) } });
    expect(audit.after).not.toContain("long-enough");
  });

  it("an admin cannot deactivate himself or the last admin; others can be deactivated", async () => {
    expect(await codeOf(setUserActive({ userId: admin.id, active: false, actor: adminActor }))).toBe("cannot_deactivate_self");
    const system: Actor = { kind: "system", id: "cli", name: "cli", role: "admin" };
    expect(await codeOf(setUserActive({ userId: admin.id, active: false, actor: system }))).toBe("last_admin");
    const sara = await db.user.findUniqueOrThrow({ where: { username: "sara" } });
    expect(await setUserActive({ userId: sara.id, active: false, actor: adminActor })).toMatchObject({ active: false });
    expect(await codeOf(setUserActive({ userId: 12345, active: true, actor: adminActor }))).toBe("user_not_found");
    expect(await db.auditLog.count({ where: { action: "user.deactivate", entityId: String(sara.id) } })).toBe(1);
  });

  it("a password reset and a deactivation end the user's sessions; signing out ends them everywhere", async () => {
    const user = await createUser({ input: { username: "nima", name: "نیما", password: "nima-password-1", role: "operator" }, actor: adminActor });
    const signedIn = await authorizeCredentials({ username: "nima", password: "nima-password-1" }, "10.0.0.9");
    const claims = { uid: signedIn!.id, sv: signedIn!.sessionVersion };
    expect(await actorForSession(claims)).toMatchObject({ id: String(user.id) });
    await resetUserPassword({ userId: user.id, password: "nima-password-2", actor: adminActor });
    expect(await actorForSession(claims)).toBeNull();
    expect(await whySessionEnded(claims)).toBe("ended");

    const again = { uid: String(user.id), sv: (await authorizeCredentials({ username: "nima", password: "nima-password-2" }, "10.0.0.9"))!.sessionVersion };
    const olderCookie = claims;
    await endSessionsOf(olderCookie); // an ended cookie signing out changes nothing
    expect(await actorForSession(again)).not.toBeNull();
    await endSessionsOf(again);
    expect(await actorForSession(again)).toBeNull();

    const last = { uid: String(user.id), sv: (await authorizeCredentials({ username: "nima", password: "nima-password-2" }, "10.0.0.9"))!.sessionVersion };
    await setUserActive({ userId: user.id, active: false, actor: adminActor });
    await setUserActive({ userId: user.id, active: true, actor: adminActor });
    // Reactivated, but the session from before the deactivation stays ended.
    expect(await actorForSession(last)).toBeNull();
  });

  it("resetUserPassword replaces the hash and is audited", async () => {
    const sara = await db.user.findUniqueOrThrow({ where: { username: "sara" } });
    expect(await codeOf(resetUserPassword({ userId: sara.id, password: "short", actor: adminActor }))).toBe("validation");
    await resetUserPassword({ userId: sara.id, password: "a-new-password", actor: adminActor });
    const after = await db.user.findUniqueOrThrow({ where: { id: sara.id } });
    expect(await verifyPassword("a-new-password", after.passwordHash)).toBe(true);
    expect(await db.auditLog.count({ where: { action: "user.reset_password", entityId: String(sara.id) } })).toBe(1);
  });

  it("credentials: right password signs in, wrong is null, inactive is refused, 5 failures lock out", async () => {
    expect(await authorizeCredentials({ username: "ADMIN", password: "first-admin-pw" }, "10.0.0.1")).toMatchObject({ username: "admin", role: "admin" });
    expect(await authorizeCredentials({ username: "nobody", password: "x" }, "10.0.0.1")).toBeNull();
    await expect(authorizeCredentials({ username: "sara", password: "a-new-password" }, "10.0.0.1")).rejects.toThrow(LoginError);
    for (let i = 0; i < 5; i++) expect(await authorizeCredentials({ username: "admin", password: "bad" }, "10.0.0.2")).toBeNull();
    await expect(authorizeCredentials({ username: "admin", password: "first-admin-pw" }, "10.0.0.2")).rejects.toThrow("rate_limited");
  });

  it("a bcrypt hash from before still signs in, and is replaced by scrypt on that sign-in", async () => {
    const bcrypt = (await import("bcryptjs")).default;
    await db.user.create({ data: { username: "legacy", name: "legacy", role: "operator", passwordHash: await bcrypt.hash("legacy-password-1", 4) } });
    expect(await authorizeCredentials({ username: "legacy", password: "legacy-password-1" }, "10.0.0.3")).toMatchObject({ username: "legacy" });
    const after = await db.user.findUniqueOrThrow({ where: { username: "legacy" } });
    expect(after.passwordHash).toMatch(/^scrypt\$/);
    expect(await authorizeCredentials({ username: "legacy", password: "legacy-password-1" }, "10.0.0.3")).toMatchObject({ username: "legacy" });
  });
});

describe("API tokens", () => {
  const admin: Actor = { kind: "user", id: "1", name: "admin", role: "admin" };

  it("shows the token once, stores its SHA-256 only, and verifies it", async () => {
    const { token, apiToken } = await createApiToken({ input: { name: "gate 1", role: "operator" }, actor: admin });
    expect(token).toMatch(/^pelak_[\w-]{32}$/);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } });
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(token);
    expect(await verifyBearerToken(token)).toEqual({ kind: "token", id: String(apiToken.id), name: "gate 1", role: "operator" });
    expect(await verifyBearerToken(`${token}x`)).toBeNull();
    expect(await verifyBearerToken("not-a-token")).toBeNull();
    await expect.poll(async () => (await db.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } })).lastUsedAt).not.toBeNull();
  });

  it("revoking takes effect at once in this process; only admins manage tokens", async () => {
    const { token, apiToken } = await createApiToken({ input: { name: "gate 2", role: "admin" }, actor: admin });
    expect(await verifyBearerToken(token)).not.toBeNull();
    await revokeApiToken({ id: apiToken.id, actor: admin });
    expect(await verifyBearerToken(token)).toBeNull();
    expect(await codeOf(revokeApiToken({ id: 424242, actor: admin }))).toBe("token_not_found");
    expect(await codeOf(createApiToken({ input: { name: "x", role: "operator" }, actor: operator }))).toBe("forbidden");
    expect(await codeOf(createApiToken({ input: { name: "", role: "operator" }, actor: admin }))).toBe("validation");
    expect(await codeOf(listApiTokens({ actor: operator }))).toBe("forbidden");
    const listed = await listApiTokens({ actor: admin });
    expect(listed.find((t) => t.id === apiToken.id)?.revokedAt).toBeInstanceOf(Date);
    expect(await db.auditLog.count({ where: { entity: "ApiToken", entityId: String(apiToken.id) } })).toBe(2);
  });
});
