"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { createGateOutbox, retryDelayMs, type GateOutbox, type GateOutcome, type GateRead, type OutboxState, type SendRead } from "@/lib/gate/outbox";
import { submitGateReadAction } from "./actions";
import { createIndexedDbOutboxStore } from "./indexed-db-outbox-store";

/** A request that hangs on a dead connection counts as unreachable; the retry reuses its request id. */
const SEND_TIMEOUT_MS = 15_000;

const sendWithTimeout: SendRead = (input) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("gate read timed out")), SEND_TIMEOUT_MS);
    submitGateReadAction(input).then(resolve, reject).finally(() => clearTimeout(timer));
  });

/**
 * The gate's way to the server: every read is kept on the tablet (IndexedDB) until the server has
 * answered for it, so a dropped connection loses nothing. Outcomes of reads sent later (after a
 * reconnect or a reload) arrive through onLateOutcome.
 */
export function useGateOutbox(onLateOutcome: (outcome: GateOutcome) => void) {
  const [state, setState] = useState<OutboxState>({ pending: 0, failedAttempts: 0, lastError: null });
  const lateOutcome = useRef(onLateOutcome);
  const outbox = useRef<GateOutbox | null>(null);

  useEffect(() => {
    lateOutcome.current = onLateOutcome;
  }, [onLateOutcome]);

  const getOutbox = useCallback(() => {
    outbox.current ??= createGateOutbox({
      store: createIndexedDbOutboxStore(),
      send: sendWithTimeout,
      now: Date.now,
      onLateOutcome: (outcome) => lateOutcome.current(outcome),
      onStateChange: setState,
    });
    return outbox.current;
  }, []);

  // Reads left over from before a reload go out first; a reconnect sends at once.
  useEffect(() => {
    const flush = () => void getOutbox().flush();
    flush();
    window.addEventListener("online", flush);
    return () => window.removeEventListener("online", flush);
  }, [getOutbox]);

  useEffect(() => {
    if (state.pending === 0) return;
    const timer = setTimeout(() => void getOutbox().flush(), retryDelayMs(state.failedAttempts));
    return () => clearTimeout(timer);
  }, [state, getOutbox]);

  const submit = useCallback((read: GateRead) => getOutbox().submit(read), [getOutbox]);
  return { submit, ...state };
}
