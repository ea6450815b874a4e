import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { tokenCli } from "./support/server";

const server = inject("sqlite");
const root = path.resolve(import.meta.dirname, "../..");

describe("npm run token", () => {
  it("list shows prefixes, roles and state, never a whole token", () => {
    const out = spawnSync("npm", ["run", "--silent", "token", "--", "list"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: server.databaseUrl },
      encoding: "utf8",
    });
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/#\d+\tpelak_\S{4}…\toperator\tactive\t.*it-operator/);
    expect(out.stdout).not.toContain(server.operatorToken);
    expect(out.stdout).not.toContain(server.adminToken);
  });

  it("refuses a bad role or an unknown command with a non-zero exit", () => {
    const run = (args: string[]) =>
      spawnSync("npm", ["run", "--silent", "token", "--", ...args], { cwd: root, env: { ...process.env, DATABASE_URL: server.databaseUrl }, encoding: "utf8" });
    expect(run(["create", "--name", "x", "--role", "root"]).status).toBe(2);
    const unknown = run(["frobnicate"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("usage:");
  });

  it("create prints the token on its last line", () => {
    expect(tokenCli(server.databaseUrl, ["create", "--name", "cli-test", "--role", "admin"])).toMatch(/^pelak_[\w-]{32}$/);
  });
});
