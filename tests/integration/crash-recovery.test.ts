import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase, type TestDatabase } from "./support/database";
import { api, uniquePlate, type ApiResult } from "./support/http";
import { startServer, type ServerInfo } from "./support/server";

const PLATES = 180; // below the default capacity of 200
const CONCURRENCY = 16;
const CRASH_AFTER_ACCEPTED = 60;

type Outcome = { plate: string; key: string; result: ApiResult | "no answer" };

/**
 * Sends one request per plate, CONCURRENCY at a time, and kills the server (SIGKILL, no shutdown)
 * once CRASH_AFTER_ACCEPTED requests were accepted (at the end at the latest). Requests in flight at
 * the crash get no answer.
 */
async function sendUntilCrash(server: ServerInfo, crash: () => Promise<void>, route: string, plates: string[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let accepted = 0;
  let crashing: Promise<void> | null = null;
  let nextIndex = 0;
  async function worker() {
    while (nextIndex < plates.length && !crashing) {
      const index = nextIndex++;
      const plate = plates[index];
      const key = `crash-${route}-${index}`;
      const result = await api(server, `/api/${route}/`, { method: "POST", body: { plate }, headers: { "idempotency-key": key } }).catch(() => "no answer" as const);
      outcomes.push({ plate, key, result });
      if (result !== "no answer" && result.status === 200 && ++accepted === CRASH_AFTER_ACCEPTED) crashing = crash();
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await (crashing ?? crash());
  expect(accepted).toBeGreaterThanOrEqual(CRASH_AFTER_ACCEPTED);
  return outcomes;
}

const acceptedPlates = (outcomes: Outcome[]) =>
  outcomes.filter((o) => o.result !== "no answer" && o.result.status === 200).map((o) => o.plate);

describe("a crash (kill -9) in the middle of entries and exits", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pelak-crash-"));
  const databaseUrl = `file:${path.join(dataDir, "pelak.db")}`;
  const start = () => startServer({ databaseUrl, dataDir, distDir: inject("distDir") });
  let server: Awaited<ReturnType<typeof start>>;
  let database: TestDatabase;
  const plates = Array.from({ length: PLATES }, () => uniquePlate("م"));

  beforeAll(async () => {
    server = await start();
    database = openDatabase(databaseUrl);
  });
  afterAll(async () => {
    await database?.$disconnect();
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** As after a power cut: only the restarted server opens the file (our checking connection reopens after). */
  async function restart() {
    await database.$disconnect();
    server = await start();
  }

  async function expectConsistent() {
    const sessions = await database.parkingSession.findMany({ where: { plate: { in: plates } } });
    const perPlate = new Map<string, number>();
    for (const s of sessions) perPlate.set(s.plate, (perPlate.get(s.plate) ?? 0) + 1);
    expect([...perPlate.values()].every((n) => n === 1)).toBe(true);
    // Every write is whole: closed sessions carry their exit time, duration and cost; open ones none.
    for (const s of sessions) {
      if (s.openPlate) expect([s.exitAt, s.cost, s.durationMinutes]).toEqual([null, null, null]);
      else expect(s.exitAt !== null && s.cost !== null && s.durationMinutes !== null).toBe(true);
    }
    const ids = sessions.map((s) => String(s.id));
    expect(await database.auditLog.count({ where: { action: "entry.register", entityId: { in: ids } } })).toBe(sessions.length);
    const closed = sessions.filter((s) => !s.openPlate).length;
    expect(await database.auditLog.count({ where: { action: "exit.register", entityId: { in: ids } } })).toBe(closed);
    return sessions;
  }

  it("loses no accepted entry, doubles none, and a retried request is answered once", async () => {
    const outcomes = await sendUntilCrash(server.info, server.crash, "entry", plates);
    expect(outcomes.some((o) => o.result === "no answer") || outcomes.length < PLATES).toBe(true);
    await restart();

    const sessions = await expectConsistent();
    const inside = new Set(sessions.map((s) => s.plate));
    for (const plate of acceptedPlates(outcomes)) expect(inside.has(plate)).toBe(true);

    // The gate retries what got no answer with the same key: stored once, whatever the crash hit.
    const sent = new Set(outcomes.map((o) => o.plate));
    for (const o of outcomes.filter((x) => x.result === "no answer")) {
      const retry = await api(server.info, "/api/entry/", { method: "POST", body: { plate: o.plate }, headers: { "idempotency-key": o.key } });
      expect(retry.status).toBe(200);
    }
    for (const plate of plates.filter((p) => !sent.has(p))) {
      expect((await api(server.info, "/api/entry/", { method: "POST", body: { plate } })).status).toBe(200);
    }
    expect((await expectConsistent()).length).toBe(PLATES);
  });

  it("charges every accepted exit exactly once across a crash", async () => {
    const outcomes = await sendUntilCrash(server.info, server.crash, "exit", plates);
    await restart();

    const sessions = await expectConsistent();
    const closed = new Set(sessions.filter((s) => !s.openPlate).map((s) => s.plate));
    for (const plate of acceptedPlates(outcomes)) expect(closed.has(plate)).toBe(true);

    for (const o of outcomes.filter((x) => x.result === "no answer")) {
      const retry = await api(server.info, "/api/exit/", { method: "POST", body: { plate: o.plate }, headers: { "idempotency-key": o.key } });
      expect(retry.status).toBe(200);
    }
    const after = await expectConsistent();
    const sentPlates = new Set(outcomes.map((o) => o.plate));
    expect(after.filter((s) => sentPlates.has(s.plate)).every((s) => s.openPlate === null)).toBe(true);
  });
});
