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
    expect(await signIn(server, "it-limited", password, "203.0.113.50")).toEqual({ error: "rate_limited" });
    expect(await signIn(server, "it-limited", password, "203.0.113.51")).toHaveProperty("cookie");
  });
});
