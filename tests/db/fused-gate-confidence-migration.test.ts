import { readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createMigratedPostgresDatabase, createMigratedSqliteDatabase } from "../support/migrated-database";

/**
 * The gate's confidence now means the fused one (lib/gate/plate-evidence): a lot still on the old
 * per-frame default moves to the new default, a value an admin chose stays. Each migration is run
 * again on a migrated database put back into the state it meets.
 */
const MIGRATION = "20261130110000_fused_gate_confidence/migration.sql";
const sql = (provider: string) => readFileSync(path.resolve(import.meta.dirname, "../../prisma", provider, MIGRATION), "utf8");

describe("fused gate confidence migration", () => {
  it("SQLite: moves the old default to 0.9999, keeps an admin's value, and makes 0.9999 the column default", () => {
    const db = new Database(createMigratedSqliteDatabase().replace(/^file:/, ""));
    try {
      for (const [before, after] of [[0.995, 0.9999], [0.98, 0.98]]) {
        db.prepare(`UPDATE "Setting" SET "gateAutoConfidence" = ?, "capacity" = 321 WHERE "id" = 1`).run(before);
        db.exec(sql("migrations"));
        expect(db.prepare(`SELECT "gateAutoConfidence", "capacity" FROM "Setting"`).all()).toEqual([{ gateAutoConfidence: after, capacity: 321 }]);
      }
      const column = (db.prepare(`PRAGMA table_info("Setting")`).all() as { name: string; dflt_value: string }[]).find((c) => c.name === "gateAutoConfidence");
      expect(column?.dflt_value).toBe("0.9999");
    } finally {
      db.close();
    }
  });

  it("PostgreSQL: the same", async () => {
    const client = new pg.Client({ connectionString: await createMigratedPostgresDatabase() });
    await client.connect();
    try {
      for (const [before, after] of [[0.995, 0.9999], [0.98, 0.98]]) {
        await client.query(`UPDATE "Setting" SET "gateAutoConfidence" = $1 WHERE "id" = 1`, [before]);
        await client.query(sql("postgres/migrations"));
        expect((await client.query(`SELECT "gateAutoConfidence" FROM "Setting"`)).rows).toEqual([{ gateAutoConfidence: after }]);
      }
      const { rows } = await client.query(`SELECT column_default FROM information_schema.columns WHERE table_name = 'Setting' AND column_name = 'gateAutoConfidence'`);
      expect(rows[0].column_default).toBe("0.9999");
    } finally {
      await client.end();
    }
  });
});
