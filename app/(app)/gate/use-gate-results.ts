"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { GateOutcome } from "@/lib/gate/outbox";
import { resultKind, type GateCard } from "./gate-result";
import { playTone, prepareTones } from "./gate-tones";

/**
 * The big card shows the last car; answers to reads sent later (queued while offline) go to a short
 * list, except the answer to the card's own queued read, which replaces the card with its outcome.
 */
export function useGateResults() {
  const [card, setCard] = useState<GateCard | null>(null);
  const [late, setLate] = useState<GateOutcome[]>([]);
  const shownRequestId = useRef<string | null>(null);
  const unreadableNotices = useRef(0);
  useEffect(prepareTones, []);

  const present = useCallback((next: GateCard) => {
    shownRequestId.current = next.status === "unreadable" ? null : next.read.requestId;
    setCard(next);
    const kind = resultKind(next);
    // An unreadable plate stops the car like a refusal does: the same tone calls the operator.
    playTone(kind === "unreadable" ? "refused" : kind);
  }, []);

  const showUnreadable = useCallback(() => {
    unreadableNotices.current += 1;
    present({ status: "unreadable", id: unreadableNotices.current });
  }, [present]);

  const showLate = useCallback(
    (outcome: GateOutcome) => {
      if (outcome.read.requestId === shownRequestId.current) present(outcome);
      else setLate((shown) => [outcome, ...shown].slice(0, 3));
    },
    [present],
  );

  return { card, late, show: present, showUnreadable, showLate };
}
