import type { GateDirection } from "@/lib/gate/cooldown";
import type { GateSettings } from "@/lib/gate/gate-settings";
import * as carDecision from "@/lib/gate/car-decision";
import { decideFrame, INITIAL_DECISION, markSubmitted } from "./frame-rule";
import type { RecognisedPlate } from "../anpr-session";
import { AUTO_SUBMIT_CONFIDENCE, GATE_AUTO_CONFIDENCE } from "../thresholds";

export type SimDecision = { autoSubmit: string | null; confidence?: number };

/** A gate decision rule as the simulation drives it: one car per reset, frames at virtual times. */
export type SimDecider = {
  name: string;
  reset(): void;
  frame(plates: RecognisedPlate[], nowMs: number): SimDecision;
};

/** A new lot's settings while the frame rule decided at the gate: 3 frames in a row, each read at 0.995 or more; 60 s cooldown. */
export const FRAME_RULE_SETTINGS: GateSettings = { autoFrames: 3, autoConfidence: AUTO_SUBMIT_CONFIDENCE, cooldownSeconds: 60 };

/**
 * The frame rule (./frame-rule) /gate ran before it decided on tracked cars: the baseline
 * the simulation compares against. Each auto-submission is marked sent, as the gate page does.
 */
export function createFrameDecider(settings: GateSettings = FRAME_RULE_SETTINGS, direction: GateDirection = "entry"): SimDecider {
  let state = INITIAL_DECISION;
  return {
    name: "frame",
    reset() {
      state = INITIAL_DECISION;
    },
    frame(plates, now) {
      const decision = decideFrame(state, plates, { settings, direction, now });
      state = decision.state;
      if (!decision.autoSubmit) return { autoSubmit: null };
      state = markSubmitted(state, decision.autoSubmit.plate, { settings, direction, now });
      return { autoSubmit: decision.autoSubmit.plate, confidence: decision.autoSubmit.confidence };
    },
  };
}

/** A new lot's settings with the car rule: a car read in 3 frames or more, fused confidence 0.9999; 60 s cooldown. */
export const CAR_RULE_SETTINGS: GateSettings = { autoFrames: 3, autoConfidence: GATE_AUTO_CONFIDENCE, cooldownSeconds: 60 };

/** What /gate runs now (lib/gate/car-decision): tracked cars, reader evidence fused over their frames. */
export function createCarDecider(settings: GateSettings = CAR_RULE_SETTINGS, direction: GateDirection = "entry"): SimDecider {
  let state = carDecision.INITIAL_DECISION;
  return {
    name: "car",
    reset() {
      state = carDecision.INITIAL_DECISION;
    },
    frame(plates, now) {
      const decision = carDecision.decideFrame(state, plates, { settings, direction, now });
      state = decision.state;
      if (!decision.autoSubmit) return { autoSubmit: null };
      state = carDecision.markSubmitted(state, decision.autoSubmit.plate, { settings, direction, now });
      return { autoSubmit: decision.autoSubmit.plate, confidence: decision.autoSubmit.confidence };
    },
  };
}
