"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { GateOutcome } from "@/lib/gate/outbox";
import { resultKind } from "./gate-result";
import { playTone, prepareTones } from "./gate-tones";

/**
 * The big card shows the last car; answers to reads sent later (queued while offline) go to a short
 * list, except the answer to the card's own queued read, which replaces the card with its outcome.
 */
export function useGateResults() {
  const [result, setResult] = useState<GateOutcome | null>(null);
  const [late, setLate] = useState<GateOutcome[]>([]);
  const shownRequestId = useRef<string | null>(null);
  useEffect(prepareTones, []);

  const show = useCallback((outcome: GateOutcome) => {
    shownRequestId.current = outcome.read.requestId;
    setResult(outcome);
    playTone(resultKind(outcome));
  }, []);

  const showLate = useCallback(
    (outcome: GateOutcome) => {
      if (outcome.read.requestId === shownRequestId.current) show(outcome);
      else setLate((shown) => [outcome, ...shown].slice(0, 3));
    },
    [show],
  );

  return { result, late, show, showLate };
}
