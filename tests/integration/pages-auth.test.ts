import bcrypt from "bcryptjs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase, type TestDatabase } from "./support/database";
import { signIn } from "./support/session";

const server = inject("sqlite");
let database: TestDatabase;
let operatorCookie = "";
let adminCookie = "";

async function cookieFor(username: string, password: string): Promise<string> {
  const result = await signIn(server, username, password, `203.0.113.${username.length}`);
  if (!("cookie" in result)) throw new Error(`sign-in failed: ${result.error}`);
  return result.cookie;
}

const get = (path: string, cookie?: string) =>
  fetch(`${server.baseUrl}${path}`, { redirect: "manual", headers: cookie ? { cookie } : {} });

beforeAll(async () => {
  database = openDatabase(server.databaseUrl);
  const passwordHash = await bcrypt.hash("pages-operator-pw", 4);
  await database.user.create({ data: { username: "pages-operator", name: "اپراتور", role: "operator", passwordHash } });
  operatorCookie = await cookieFor("pages-operator", "pages-operator-pw");
  adminCookie = await cookieFor("admin", server.adminPassword);
});
afterAll(() => database.$disconnect());

describe("page and server-route guards (requirePageUser / requirePageRole / requireUser)", () => {
  it("signed-out visitors are sent to /login", async () => {
    for (const path of ["/dashboard", "/admin/settings"]) {
      const res = await get(path);
      expect(res.status, path).toBeGreaterThanOrEqual(300);
      expect(res.status, path).toBeLessThan(400);
      expect(res.headers.get("location"), path).toMatch(/\/login/);
    }
  });

  it("an operator sees the dashboard but gets 403 on admin pages; an admin gets them", async () => {
    expect((await get("/dashboard", operatorCookie)).status).toBe(200);
    for (const path of ["/admin/settings", "/admin/users", "/admin/tokens"]) {
      expect((await get(path, operatorCookie)).status, path).toBe(403);
      expect((await get(path, adminCookie)).status, path).toBe(200);
    }
  });

  it("session-only JSON routes answer 401 without a session", async () => {
    const res = await get("/api/app/dashboard");
    expect(res.status).toBe(401);
    expect((await get("/api/app/dashboard", operatorCookie)).status).toBe(200);
  });
});
