import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const run = (...args: string[]) => promisify(execFile)("bash", ["scripts/test-postgres.sh", ...args], { cwd: ROOT });

async function query(url: string, sql: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows[0];
  } finally {
    await client.end();
  }
}

/**
 * `npm test` must not touch a PostgreSQL someone else runs (it used to reset the postgres user's
 * password on the machine's own cluster): its server is a fresh one of its own.
 */
describe("the tests' own PostgreSQL (scripts/test-postgres.sh)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pelak-test-postgres-"));
  afterAll(() => run("stop", dir));

  it("runs from its own folder on its own 127.0.0.1 port, and stop removes every trace", async () => {
    const { stdout } = await run("start", dir);
    const url = new URL(/^TEST_POSTGRES_URL=(\S+)$/m.exec(stdout)?.[1] ?? "");
    expect(url.hostname).toBe("127.0.0.1");
    expect(url.port).not.toBe("5432");
    expect(url.password).toBe("");

    const server = await query(url.toString(), "SELECT current_setting('data_directory') AS data, current_user AS role, rolsuper::text AS super FROM pg_roles WHERE rolname = current_user");
    expect(server).toEqual({ data: path.join(dir, "data"), role: "pelak_test", super: "true" });
    // Only the dedicated user gets in: nothing relies on the usual postgres role or its password.
    const other = new URL(url);
    other.username = "postgres";
    await expect(query(other.toString(), "SELECT 1")).rejects.toThrow(/pg_hba\.conf/);

    await run("stop", dir);
    expect(fs.existsSync(dir)).toBe(false);
    await expect(query(url.toString(), "SELECT 1")).rejects.toThrow(/ECONNREFUSED/);
  });

  it("stop refuses a folder it did not make", async () => {
    const foreign = fs.mkdtempSync(path.join(os.tmpdir(), "pelak-not-postgres-"));
    fs.writeFileSync(path.join(foreign, "keep.txt"), "mine");
    await expect(run("stop", foreign)).rejects.toThrow(/not a test cluster folder/);
    expect(fs.readFileSync(path.join(foreign, "keep.txt"), "utf8")).toBe("mine");
    fs.rmSync(foreign, { recursive: true });
  });
});
