import { describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/action-result";
import type { GateReadInput, GateReadResult } from "./gate-read-schema";
import { createGateOutbox, retryDelayMs, type GateOutcome, type GateRead, type OutboxStore } from "./outbox";

function memoryStore(): OutboxStore & { reads: GateRead[] } {
  const reads: GateRead[] = [];
  return {
    reads,
    async add(read) { reads.push(read); },
    async oldest() { return reads[0]; },
    async remove(id) { reads.splice(reads.findIndex((r) => r.requestId === id), 1); },
    async count() { return reads.length; },
  };
}

function read(n: number, direction: "entry" | "exit" = "entry"): GateRead {
  return {
    requestId: `00000000-0000-4000-8000-00000000000${n}`, direction, plate: `12ب34${n}-67`,
    source: "auto", confidence: 0.999, snapshot: null, readAt: 1_000 * n,
  };
}

const recorded = (input: GateReadInput): ActionResult<GateReadResult> => ({
  ok: true,
  data: { direction: "entry", entry: { entryId: 1, plate: input.plate, entryAt: new Date(0), replayed: false } },
});

/** A server that records what it was sent and can be switched off (throws like fetch does offline). */
function fakeServer() {
  const sent: GateReadInput[] = [];
  const server = {
    online: true,
    sent,
    answer: recorded as (input: GateReadInput) => ActionResult<GateReadResult>,
    send: async (input: GateReadInput) => {
      if (!server.online) throw new TypeError("Failed to fetch");
      sent.push(input);
      return server.answer(input);
    },
  };
  return server;
}

function setup(server = fakeServer(), store = memoryStore(), clock = { now: 10_000 }) {
  const late: GateOutcome[] = [];
  const pending: number[] = [];
  const outbox = createGateOutbox({
    store, send: server.send, now: () => clock.now,
    onLateOutcome: (o) => late.push(o), onStateChange: (s) => pending.push(s.pending),
  });
  return { outbox, server, store, late, pending, clock };
}

describe("gate outbox", () => {
  it("sends a read at once when the server answers, and keeps nothing", async () => {
    const { outbox, server, store } = setup();
    const outcome = await outbox.submit(read(1));
    expect(outcome.status).toBe("recorded");
    expect(server.sent).toHaveLength(1);
    expect(store.reads).toHaveLength(0);
  });

  it("keeps reads while the server is unreachable and sends them later in order, once each", async () => {
    const { outbox, server, store, late, clock } = setup();
    server.online = false;
    expect((await outbox.submit(read(1))).status).toBe("queued");
    expect((await outbox.submit(read(2, "exit"))).status).toBe("queued");
    expect(store.reads.map((r) => r.requestId)).toEqual([read(1).requestId, read(2).requestId]);
    expect(outbox.state()).toMatchObject({ pending: 2, failedAttempts: 2 });

    server.online = true;
    clock.now = 70_000;
    await outbox.flush();
    expect(server.sent.map((s) => s.requestId)).toEqual([read(1).requestId, read(2).requestId]);
    expect(late.map((o) => o.status)).toEqual(["recorded", "recorded"]);
    expect(store.reads).toHaveLength(0);
    expect(outbox.state()).toMatchObject({ pending: 0, failedAttempts: 0 });
  });

  it("tells the server how long ago each read happened, not when it was sent", async () => {
    const { outbox, server, clock } = setup();
    server.online = false;
    await outbox.submit(read(3));
    server.online = true;
    clock.now = 3_000 + 30 * 60_000;
    await outbox.flush();
    expect(server.sent[0].readAgoMs).toBe(30 * 60_000);
  });

  it("queues a new read behind older ones even when the server is back, so the order holds", async () => {
    const { outbox, server } = setup();
    server.online = false;
    await outbox.submit(read(1));
    server.online = true;
    const outcome = await outbox.submit(read(2, "exit"));
    expect(outcome.status).toBe("recorded");
    expect(server.sent.map((s) => s.direction)).toEqual(["entry", "exit"]);
  });

  it("drops a refused read with its reason (already inside) instead of retrying it", async () => {
    const { outbox, server, store } = setup();
    server.answer = () => ({ ok: false, error: { code: "already_inside", fa: "داخل است", en: "Already inside" } });
    const outcome = await outbox.submit(read(1));
    expect(outcome).toMatchObject({ status: "refused", error: { code: "already_inside" } });
    expect(store.reads).toHaveLength(0);
  });

  it("keeps a read the server could not process (internal error, expired session) for another try", async () => {
    const { outbox, server, store } = setup();
    server.answer = () => ({ ok: false, error: { code: "unauthorized", fa: "وارد شوید", en: "Sign in" } });
    expect((await outbox.submit(read(1))).status).toBe("queued");
    expect(store.reads).toHaveLength(1);
    expect(outbox.state().lastError?.code).toBe("unauthorized");
    server.answer = recorded;
    await outbox.flush();
    expect(store.reads).toHaveLength(0);
  });

  it("sends each read once when submits overlap", async () => {
    const { outbox, server } = setup();
    const outcomes = await Promise.all([1, 2, 3].map((n) => outbox.submit(read(n))));
    expect(outcomes.map((o) => o.status)).toEqual(["recorded", "recorded", "recorded"]);
    expect(server.sent.map((s) => s.requestId)).toEqual([1, 2, 3].map((n) => read(n).requestId));
  });

  it("backs off up to 30 s between attempts", () => {
    expect([1, 2, 3, 4, 5, 9].map(retryDelayMs)).toEqual([2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });
});
