import fs from "node:fs";
import path from "node:path";
import bcrypt from "bcryptjs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase, type TestDatabase } from "./support/database";
import { api, errorCode, uniquePlate } from "./support/http";
import { tokenCli } from "./support/server";
import { signIn } from "./support/session";

const server = inject("sqlite");
let database: TestDatabase;

beforeAll(() => {
  database = openDatabase(server.databaseUrl);
});
afterAll(() => database.$disconnect());

const ENDPOINTS = [
  ["GET", "/api/status/"],
  ["POST", "/api/entry/"],
  ["POST", "/api/exit/"],
  ["GET", "/api/settings/"],
  ["PUT", "/api/settings/"],
] as const;

async function createUser(username: string, role: "admin" | "operator", active = true): Promise<string> {
  const password = `pw-${username}-secret`;
  await database.user.create({ data: { username, name: username, role, active, passwordHash: await bcrypt.hash(password, 4) } });
  return password;
}

describe("bearer tokens", () => {
  it.each(ENDPOINTS)("%s %s without credentials is 401", async (method, path) => {
    const res = await api(server, path, { method, token: null, body: method === "GET" ? undefined : { plate: uniquePlate() } });
    expect(res.status).toBe(401);
    expect(errorCode(res)).toBe("unauthorized");
    expect(res.headers.get("www-authenticate")).toContain("Bearer");
  });

  it("an unknown token and a malformed Authorization header are 401", async () => {
    const headers = { "x-forwarded-for": "198.51.100.7" };
    expect((await api(server, "/api/status", { token: "pelak_unknown", headers })).status).toBe(401);
    expect((await api(server, "/api/status", { token: null, headers: { ...headers, authorization: "Basic abc" } })).status).toBe(401);
  });

  it("a revoked token stops working", async () => {
    const token = tokenCli(server.databaseUrl, ["create", "--name", "to-revoke", "--role", "operator"]);
    expect((await api(server, "/api/status", { token })).status).toBe(200);
    const row = await database.apiToken.findFirstOrThrow({ where: { name: "to-revoke" }, orderBy: { id: "desc" } });
    expect(row.tokenHash).not.toContain(token);
    expect(row.lastUsedAt).not.toBeNull();
    tokenCli(server.databaseUrl, ["revoke", String(row.id)]);
    // The server caches a token's check for at most 2 s.
    await new Promise((r) => setTimeout(r, 2_100));
    const res = await api(server, "/api/status", { token });
    expect(res.status).toBe(401);
    const audit = await database.auditLog.findMany({ where: { entity: "ApiToken", entityId: String(row.id) } });
    expect(audit.map((a) => a.action).sort()).toEqual(["token.create", "token.revoke"]);
  });

  it("an operator token may not change settings (403)", async () => {
    const res = await api(server, "/api/settings/", { method: "PUT", body: { capacity: 50 } });
    expect(res.status).toBe(403);
    expect(errorCode(res)).toBe("forbidden");
  });

  it("guessing tokens from one address is refused with 429", async () => {
    const headers = { "x-forwarded-for": "198.51.100.99" };
    for (let i = 0; i < 30; i++) await api(server, "/api/status", { token: `pelak_guess${i}`, headers });
    const res = await api(server, "/api/status", { token: "pelak_guess", headers });
    expect(res.status).toBe(429);
    expect(errorCode(res)).toBe("rate_limited");
    expect((await api(server, "/api/status", { headers: { "x-forwarded-for": "198.51.100.98" } })).status).toBe(200);
  });
});

describe("session cookie", () => {
  it("npm start wrote the first admin's password and the generated session secret readable by the owner only", () => {
    const files = fs.readdirSync(server.dataDir).filter((f) => f === "first-admin.txt" || f.startsWith("nextauth-secret-"));
    expect(files).toHaveLength(2);
    for (const file of files) expect(fs.statSync(path.join(server.dataDir, file)).mode & 0o777).toBe(0o600);
    expect(server.adminPassword).toMatch(/^\S{12,}$/);
    const database = new URL(server.databaseUrl).pathname;
    expect(fs.statSync(database).mode & 0o777).toBe(0o600);
  });

  it("the first admin signs in with the password printed by npm start and may change settings", async () => {
    const result = await signIn(server, "admin", server.adminPassword);
    if (!("cookie" in result)) throw new Error(`sign-in failed: ${result.error}`);
    const headers = { cookie: result.cookie };
    expect((await api(server, "/api/status", { token: null, headers })).status).toBe(200);
    const put = await api(server, "/api/settings", { method: "PUT", token: null, headers, body: { grace_minutes: 0 } });
    expect(put.status).toBe(200);
  });

  it("an operator session may register but not change settings; deactivation ends the session", async () => {
    const password = await createUser("it-operator-1", "operator");
    const result = await signIn(server, "it-operator-1", password);
    if (!("cookie" in result)) throw new Error(`sign-in failed: ${result.error}`);
    const headers = { cookie: result.cookie };
    const plate = uniquePlate();
    expect((await api(server, "/api/entry", { method: "POST", token: null, headers, body: { plate } })).status).toBe(200);
    expect((await api(server, "/api/exit", { method: "POST", token: null, headers, body: { plate } })).status).toBe(200);
    expect((await api(server, "/api/settings", { method: "PUT", token: null, headers, body: { capacity: 9 } })).status).toBe(403);
    await database.user.update({ where: { username: "it-operator-1" }, data: { active: false } });
    expect((await api(server, "/api/status", { token: null, headers })).status).toBe(401);
  });

  it("an inactive user cannot sign in", async () => {
    const password = await createUser("it-inactive", "operator", false);
    expect(await signIn(server, "it-inactive", password)).toEqual({ error: "inactive_user" });
  });

  it("wrong passwords: 5 failures per username and address, then refused even with the right one", async () => {
    const password = await createUser("it-limited", "operator");
    for (let i = 0; i < 5; i++) {
      expect(await signIn(server, "it-limited", `wrong-${i}`, "203.0.113.50")).toEqual({ error: "CredentialsSignin" });
    }
    expect(await signIn(server, "it-limited", password, "203.0.113.50")).toEqual({ error: expect.stringMatching(/^rate_limited:\d+$/) });
    expect(await signIn(server, "it-limited", password, "203.0.113.51")).toHaveProperty("cookie");
  });

  it("wrong passwords for the admin from many addresses never lock the admin out of his own", async () => {
    const password = await createUser("it-owner", "admin");
    const guesses = [];
    for (let a = 0; a < 8; a++) for (let i = 0; i < 5; i++) guesses.push(signIn(server, "it-owner", `guess-${a}-${i}`, `198.18.0.${a}`));
    expect(new Set((await Promise.all(guesses)).map((r) => ("error" in r ? r.error : "signed in")))).toEqual(new Set(["CredentialsSignin"]));
    expect(await signIn(server, "it-owner", password, "198.18.0.0")).toEqual({ error: expect.stringMatching(/^rate_limited:\d+$/) });
    expect(await signIn(server, "it-owner", password, "203.0.113.77")).toHaveProperty("cookie");
  });

  it("signing out ends the user's sessions on every device at once", async () => {
    const password = await createUser("it-signout", "operator");
    const [phone, tablet] = await Promise.all([signIn(server, "it-signout", password), signIn(server, "it-signout", password, "203.0.113.2")]);
    if (!("cookie" in phone) || !("cookie" in tablet)) throw new Error("sign-in failed");
    const dashboard = (cookie: string) => fetch(`${server.baseUrl}/api/app/dashboard`, { headers: { cookie } });
    expect((await dashboard(tablet.cookie)).status).toBe(200);
    const csrf = await fetch(`${server.baseUrl}/api/auth/csrf`, { headers: { cookie: phone.cookie } });
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
    const out = await fetch(`${server.baseUrl}/api/auth/signout`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: [phone.cookie, ...csrfCookie].join("; ") },
      body: new URLSearchParams({ csrfToken, json: "true" }),
    });
    expect(out.status).toBeLessThan(400);
    expect((await dashboard(tablet.cookie)).status).toBe(401);
    expect((await api(server, "/api/status", { token: null, headers: { cookie: tablet.cookie } })).status).toBe(401);
  });

  it("a deactivated user gets a clear signed-out page, not a redirect loop", async () => {
    const password = await createUser("it-deactivated", "operator");
    const result = await signIn(server, "it-deactivated", password);
    if (!("cookie" in result)) throw new Error(`sign-in failed: ${result.error}`);
    await database.user.update({ where: { username: "it-deactivated" }, data: { active: false } });
    const page = await fetch(`${server.baseUrl}/dashboard`, { redirect: "manual", headers: { cookie: result.cookie } });
    expect([303, 307]).toContain(page.status);
    expect(page.headers.get("location")).toMatch(/\/login\?ended=inactive$/);
    const login = await fetch(new URL(page.headers.get("location")!, server.baseUrl), { redirect: "manual", headers: { cookie: result.cookie } });
    expect(login.status).toBe(200);
    expect(await login.text()).toContain("حساب شما غیرفعال شده است");
  });
});
