/**
 * The rule /gate ran before it decided on tracked cars (v0.3): the same plate in `autoFrames`
 * consecutive frames, each read at `autoConfidence` or more. Kept as the gate simulation's baseline,
 * so every run measures the old rule beside the new one (lib/gate/car-decision).
 */
import { parsePlate } from "@/lib/parking/plate";
import { isCoolingDown, rememberSubmission, type GateDirection } from "@/lib/gate/cooldown";
import {
  GONE_AFTER_EMPTY_FRAMES,
  SUGGESTION_EXPIRY_MS,
  SUGGESTION_HOLD_MS,
  UNREADABLE_AFTER_FRAMES,
  type SceneState,
} from "@/lib/gate/car-decision";

export { GONE_AFTER_EMPTY_FRAMES, SUGGESTION_EXPIRY_MS, SUGGESTION_HOLD_MS, UNREADABLE_AFTER_FRAMES };

/** One plate the reader returned for a frame (text null: unreadable). */
export type PlateRead = { text: string | null; confidence: number };
/** A valid plate in canonical form with the reader's confidence. */
export type Reading = { plate: string; confidence: number };
export type DecisionSettings = { autoFrames: number; autoConfidence: number; cooldownSeconds: number };

export type DecisionState = SceneState & {
  /** The plate read confidently in consecutive frames, and in how many. */
  streak: { plate: string; count: number } | null;
};

export const INITIAL_DECISION: DecisionState = {
  streak: null,
  suggestion: null,
  unreadableFrames: 0,
  unreadableNoticed: false,
  emptyFrames: 0,
  recent: new Map(),
};

/** The most confident valid plate of a frame; unreadable and invalid texts are left out. */
export function bestReading(plates: readonly PlateRead[]): Reading | null {
  let best: Reading | null = null;
  for (const { text, confidence } of plates) {
    if (text === null) continue;
    const parsed = parsePlate(text);
    if (parsed.ok && (!best || confidence > best.confidence)) best = { plate: parsed.plate.canonical, confidence };
  }
  return best;
}

function nextSuggestion(current: DecisionState["suggestion"], reading: Reading, now: number): DecisionState["suggestion"] {
  if (!current || now - current.seenAt > SUGGESTION_HOLD_MS || reading.confidence > current.confidence) {
    return { ...reading, seenAt: now };
  }
  if (reading.plate === current.plate) return { ...current, seenAt: now };
  return current;
}

type FrameContext = { settings: DecisionSettings; direction: GateDirection; now: number };
export type FrameDecision = {
  state: DecisionState;
  /** Send this reading without a tap. */
  autoSubmit: Reading | null;
  /** Tell the operator, once per car, that its plate cannot be read and must be typed. */
  unreadableNotice: boolean;
};

/** A frame without a valid plate: an empty scene (for long enough) ends the car, a plate it cannot read counts towards the notice. */
function frameWithoutReading(state: DecisionState, platesSeen: boolean, now: number): FrameDecision {
  const suggestion = state.suggestion && now - state.suggestion.seenAt > SUGGESTION_EXPIRY_MS ? null : state.suggestion;
  if (!platesSeen) {
    const emptyFrames = state.emptyFrames + 1;
    const unreadableNoticed = state.unreadableNoticed && emptyFrames < GONE_AFTER_EMPTY_FRAMES;
    const next = { ...state, streak: null, suggestion, unreadableFrames: 0, unreadableNoticed, emptyFrames };
    return { state: next, autoSubmit: null, unreadableNotice: false };
  }
  const unreadableFrames = state.unreadableFrames + 1;
  const unreadableNotice = !state.unreadableNoticed && unreadableFrames >= UNREADABLE_AFTER_FRAMES;
  const unreadableNoticed = state.unreadableNoticed || unreadableNotice;
  return { state: { ...state, streak: null, suggestion, unreadableFrames, unreadableNoticed, emptyFrames: 0 }, autoSubmit: null, unreadableNotice };
}

/**
 * Takes one frame's plates. A plate read in `autoFrames` consecutive frames, each at least
 * `autoConfidence`, is returned for auto-submission; any other valid reading becomes the suggestion.
 * Plates sent in this direction within the cooldown are ignored: the car is still in front of the camera.
 * A plate seen but unreadable for `UNREADABLE_AFTER_FRAMES` frames in a row raises the notice once.
 */
export function decideFrame(state: DecisionState, plates: readonly PlateRead[], { settings, direction, now }: FrameContext): FrameDecision {
  const reading = bestReading(plates);
  if (!reading) return frameWithoutReading(state, plates.length > 0, now);
  if (isCoolingDown(state.recent, reading.plate, direction, now, settings.cooldownSeconds)) {
    return { state: { ...state, streak: null, unreadableFrames: 0, emptyFrames: 0 }, autoSubmit: null, unreadableNotice: false };
  }
  const confident = reading.confidence >= settings.autoConfidence;
  const count = state.streak?.plate === reading.plate ? state.streak.count + 1 : 1;
  const streak = confident ? { plate: reading.plate, count } : null;
  const suggestion = nextSuggestion(state.suggestion, reading, now);
  const next = { ...state, streak, suggestion, unreadableFrames: 0, unreadableNoticed: false, emptyFrames: 0 };
  const autoSubmit = streak && streak.count >= settings.autoFrames ? reading : null;
  return { state: next, autoSubmit, unreadableNotice: false };
}

/** After any submission (auto, confirmed or typed): start over and hold that plate back for the cooldown. */
export function markSubmitted(
  state: DecisionState,
  plate: string,
  { settings, direction, now }: FrameContext,
): DecisionState {
  return {
    streak: null,
    suggestion: null,
    unreadableFrames: 0,
    unreadableNoticed: true,
    emptyFrames: 0,
    recent: rememberSubmission(state.recent, plate, direction, now, settings.cooldownSeconds),
  };
}
