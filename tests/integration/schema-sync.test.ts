import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

/** The model blocks of a schema, comments and blank lines dropped, whitespace collapsed. */
function models(file: string): Map<string, string> {
  const text = fs.readFileSync(path.join(root, file), "utf8");
  const blocks = new Map<string, string>();
  for (const match of text.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)) {
    const body = match[2]
      .split("\n")
      .map((line) => line.replace(/\/\/.*$/, "").trim().replace(/\s+/g, " "))
      .filter(Boolean)
      .join("\n");
    blocks.set(match[1], body);
  }
  return blocks;
}

describe("SQLite and PostgreSQL schemas", () => {
  it("hold the same models, field for field", () => {
    const sqlite = models("prisma/schema.prisma");
    const postgres = models("prisma/postgres/schema.prisma");
    expect(sqlite.size).toBeGreaterThanOrEqual(5);
    expect([...postgres.keys()].sort()).toEqual([...sqlite.keys()].sort());
    for (const [name, body] of sqlite) expect(postgres.get(name), `model ${name}`).toBe(body);
  });
});
