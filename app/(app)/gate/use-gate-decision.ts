"use client";

import { useCallback, useRef, useState } from "react";
import type { GateDirection } from "@/lib/gate/cooldown";
import type { GateSettings } from "@/lib/gate/gate-settings";
import {
  decideFrame,
  INITIAL_DECISION,
  markSubmitted,
  UNREADABLE_AFTER_FRAMES,
  type FrameDecision,
  type PlateRead,
  type Reading,
} from "@/lib/gate/car-decision";

type DecisionView = { suggestion: Reading | null; unreadable: boolean };

const sameView = (a: DecisionView, b: DecisionView) =>
  a.unreadable === b.unreadable && a.suggestion?.plate === b.suggestion?.plate && a.suggestion?.confidence === b.suggestion?.confidence;

/**
 * Runs lib/gate/car-decision over the frames. The state lives in a ref (it changes every frame);
 * React only re-renders when what the operator sees (the suggestion, "unreadable") changes.
 */
export function useGateDecision(settings: GateSettings, direction: GateDirection) {
  const state = useRef(INITIAL_DECISION);
  const [view, setView] = useState<DecisionView>({ suggestion: null, unreadable: false });

  const show = useCallback(() => {
    const { suggestion, unreadableFrames } = state.current;
    const next = {
      suggestion: suggestion && { plate: suggestion.plate, confidence: suggestion.confidence },
      unreadable: unreadableFrames >= UNREADABLE_AFTER_FRAMES,
    };
    setView((current) => (sameView(current, next) ? current : next));
  }, []);

  /** Takes a frame's plates; returns the reading to submit automatically, and whether to say the plate cannot be read. */
  const decide = useCallback(
    (plates: readonly PlateRead[]): Omit<FrameDecision, "state"> => {
      const { state: next, ...decision } = decideFrame(state.current, plates, { settings, direction, now: Date.now() });
      state.current = next;
      show();
      return decision;
    },
    [settings, direction, show],
  );

  const markSent = useCallback(
    (plate: string) => {
      state.current = markSubmitted(state.current, plate, { settings, direction, now: Date.now() });
      show();
    },
    [settings, direction, show],
  );

  return { ...view, decide, markSent };
}
