import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientToServerChains, importCycles, readSourceGraph } from "./import-graph";

// The house rules of STYLE.md that a reviewer cannot keep in their head across ~250 files.
const root = path.resolve(import.meta.dirname, "../..");
const graph = readSourceGraph(root);

/** The one module that reads the environment, and the one that may name a generated client. */
const ENV_MODULE = "lib/server/env.ts";
const DB_MODULE = "lib/server/db.ts";
/** Values next.config.ts inlines at build time (client code cannot read the server's environment). */
const BUILD_TIME_ENV = new Set(["PELAK_ORT_VERSION", "PELAK_ANPR_MODELS_VERSION"]);
/** Next's own switch between the Node.js and edge runtimes, read before anything else loads. */
const RUNTIME_ENV: Record<string, string> = { "instrumentation.ts": "NEXT_RUNTIME" };

describe("import graph of app/, components/ and lib/", () => {
  it("reads the project's files", () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get("app/(app)/gate/gate-station.tsx")?.imports).toContain("app/(app)/gate/camera-view.tsx");
  });

  it("keeps client modules away from server-only modules", () => {
    expect(clientToServerChains(graph)).toEqual([]);
  });

  it("has no import cycle", () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it("imports a generated Prisma client only in lib/server/db.ts", () => {
    const offenders = [...graph.values()]
      .filter((f) => f.file !== DB_MODULE && f.specifiers.some((s) => /(^|\/)generated\//.test(s)))
      .map((f) => f.file);
    expect(offenders).toEqual([]);
  });

  it("reads process.env only in the env module", () => {
    const offenders = [...graph.values()].flatMap((f) => {
      if (f.file === ENV_MODULE) return [];
      return [...f.text.matchAll(/process\.env(?:\.(\w+)|\b)/g)]
        .map((m) => m[1] ?? "[dynamic]")
        .filter((name) => !BUILD_TIME_ENV.has(name) && RUNTIME_ENV[f.file] !== name)
        .map((name) => `${f.file}: ${name}`);
    });
    expect(offenders).toEqual([]);
  });
});
