import type { GateDirection } from "@/lib/gate/cooldown";
import type { GateSettings } from "@/lib/gate/gate-settings";
import { decideFrame, INITIAL_DECISION, markSubmitted } from "@/lib/gate/read-decision";
import type { RecognisedPlate } from "../anpr-session";
import { AUTO_SUBMIT_CONFIDENCE } from "../thresholds";

export type SimDecision = { autoSubmit: string | null; confidence?: number };

/** A gate decision rule as the simulation drives it: one car per reset, frames at virtual times. */
export type SimDecider = {
  name: string;
  reset(): void;
  frame(plates: RecognisedPlate[], nowMs: number): SimDecision;
};

/** A new lot's gate settings: prisma/schema.prisma's defaults (gateAutoFrames, gateAutoConfidence, gateCooldownSeconds). */
export const DEFAULT_GATE_SETTINGS: GateSettings = { autoFrames: 3, autoConfidence: AUTO_SUBMIT_CONFIDENCE, cooldownSeconds: 60 };

/** Today's /gate rule (lib/gate/read-decision), marking each auto-submission sent as the gate page does. */
export function createFrameDecider(settings: GateSettings = DEFAULT_GATE_SETTINGS, direction: GateDirection = "entry"): SimDecider {
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
