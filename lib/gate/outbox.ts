import type { ActionError, ActionResult } from "@/lib/action-result";
import type { GateReadInput, GateReadResult } from "./gate-read-schema";

/** A read as the tablet keeps it: readAt (the tablet's clock) becomes readAgoMs when it is sent. */
export type GateRead = Omit<GateReadInput, "readAgoMs"> & { readAt: number };

export type GateOutcome =
  | { status: "recorded"; read: GateRead; result: GateReadResult }
  | { status: "refused"; read: GateRead; error: ActionError }
  | { status: "queued"; read: GateRead };

/** Where reads wait, oldest first; IndexedDB on the tablet, memory in unit tests. */
export type OutboxStore = {
  add(read: GateRead): Promise<void>;
  oldest(): Promise<GateRead | undefined>;
  remove(requestId: string): Promise<void>;
  count(): Promise<number>;
};

/** Rejects when the server cannot be reached; resolves with the action's answer otherwise. */
export type SendRead = (input: GateReadInput) => Promise<ActionResult<GateReadResult>>;

/**
 * Answers that say nothing about the read itself (server error, session expired, throttled):
 * the read stays queued and is sent again, which is safe because the server treats a repeated
 * request id as the same request.
 */
const RETRY_CODES = new Set(["internal", "unauthorized", "rate_limited", "unavailable"]);

export function isRetryable(result: ActionResult<GateReadResult>): boolean {
  return !result.ok && RETRY_CODES.has(result.error.code);
}

/** 2 s, 4 s, 8 s … capped at 30 s between attempts while the server stays unreachable. */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(30_000, 2_000 * 2 ** Math.max(0, failedAttempts - 1));
}

export type OutboxState = { pending: number; failedAttempts: number; lastError: ActionError | null };

export type GateOutbox = {
  /** Stores the read, then sends everything queued in order; resolves with this read's outcome or "queued". */
  submit(read: GateRead): Promise<GateOutcome>;
  /** Sends what is queued (after a reload, on reconnect, on a timer). */
  flush(): Promise<void>;
  state(): OutboxState;
};

type Options = {
  store: OutboxStore;
  send: SendRead;
  now: () => number;
  /** Outcomes of reads whose submit() already resolved as "queued". */
  onLateOutcome: (outcome: GateOutcome) => void;
  onStateChange: (state: OutboxState) => void;
};

/**
 * Reads are stored before they are sent, and sent strictly in the order they were read: an exit
 * queued behind its entry must not reach the server first. A read leaves the store only once the
 * server has answered for it. Two tabs flushing one store may send a read twice; the server
 * answers the repeated request id with the first result, so nothing is recorded twice.
 */
export function createGateOutbox(options: Options): GateOutbox {
  const { store, send, now, onLateOutcome, onStateChange } = options;
  const waiting = new Map<string, { read: GateRead; resolve: (outcome: GateOutcome) => void }>();
  let state: OutboxState = { pending: 0, failedAttempts: 0, lastError: null };
  let running: Promise<void> | null = null;

  async function update(patch: Partial<OutboxState>) {
    state = { ...state, ...patch, pending: await store.count() };
    onStateChange(state);
  }

  function settle(outcome: GateOutcome) {
    const waiter = waiting.get(outcome.read.requestId);
    waiting.delete(outcome.read.requestId);
    if (waiter) waiter.resolve(outcome);
    else onLateOutcome(outcome);
  }

  /** Sends the oldest read; false when it has to stay queued (unreachable or a retryable answer). */
  async function sendOldest(read: GateRead): Promise<boolean> {
    const { readAt, ...input } = read;
    let result: ActionResult<GateReadResult>;
    try {
      result = await send({ ...input, readAgoMs: Math.max(0, now() - readAt) });
    } catch {
      await update({ failedAttempts: state.failedAttempts + 1, lastError: null });
      return false;
    }
    if (isRetryable(result)) {
      await update({ failedAttempts: state.failedAttempts + 1, lastError: result.ok ? null : result.error });
      return false;
    }
    await store.remove(read.requestId);
    await update({ failedAttempts: 0, lastError: null });
    settle(result.ok ? { status: "recorded", read, result: result.data } : { status: "refused", read, error: result.error });
    return true;
  }

  async function drain() {
    for (let read = await store.oldest(); read; read = await store.oldest()) {
      if (await sendOldest(read)) continue;
      // Stuck: every read still waiting for its answer is reported as queued; the answer comes later.
      for (const { read: queued, resolve } of waiting.values()) resolve({ status: "queued", read: queued });
      waiting.clear();
      return;
    }
  }

  function flush(): Promise<void> {
    running ??= drain().finally(() => {
      running = null;
    });
    return running;
  }

  async function submit(read: GateRead): Promise<GateOutcome> {
    const outcome = new Promise<GateOutcome>((resolve) => waiting.set(read.requestId, { read, resolve }));
    await store.add(read);
    await update({});
    // A flush already under way may have looked at the store before this read was added.
    await running;
    await flush();
    return outcome;
  }

  return { submit, flush, state: () => state };
}
