import { parsePlate } from "@/lib/parking/plate";
import { isCoolingDown, rememberSubmission, type GateDirection, type RecentSubmissions } from "./cooldown";

/** One plate the reader returned for a frame (text null: unreadable). */
export type PlateRead = { text: string | null; confidence: number };
/** A valid plate in canonical form with the reader's confidence. */
export type Reading = { plate: string; confidence: number };
export type DecisionSettings = { autoFrames: number; autoConfidence: number; cooldownSeconds: number };

export type DecisionState = {
  /** The plate read confidently in consecutive frames, and in how many. */
  streak: { plate: string; count: number } | null;
  /** The best recent reading, offered to the operator to confirm or correct. */
  suggestion: (Reading & { seenAt: number }) | null;
  /** Consecutive frames that showed a plate without a valid reading. */
  unreadableFrames: number;
  recent: RecentSubmissions;
};

export const INITIAL_DECISION: DecisionState = { streak: null, suggestion: null, unreadableFrames: 0, recent: new Map() };

/** A suggestion is replaced by a less confident reading only after it has not been seen for this long. */
export const SUGGESTION_HOLD_MS = 3000;
/** A suggestion not seen for this long is dropped: that car has gone. */
export const SUGGESTION_EXPIRY_MS = 15_000;

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

/**
 * Takes one frame's plates. A plate read in `autoFrames` consecutive frames, each at least
 * `autoConfidence`, is returned for auto-submission; any other valid reading becomes the suggestion.
 * Plates sent in this direction within the cooldown are ignored: the car is still in front of the camera.
 */
export function decideFrame(
  state: DecisionState,
  plates: readonly PlateRead[],
  { settings, direction, now }: FrameContext,
): { state: DecisionState; autoSubmit: Reading | null } {
  const reading = bestReading(plates);
  if (!reading) {
    const unreadableFrames = plates.length > 0 ? state.unreadableFrames + 1 : 0;
    const suggestion = state.suggestion && now - state.suggestion.seenAt > SUGGESTION_EXPIRY_MS ? null : state.suggestion;
    return { state: { ...state, streak: null, unreadableFrames, suggestion }, autoSubmit: null };
  }
  if (isCoolingDown(state.recent, reading.plate, direction, now, settings.cooldownSeconds)) {
    return { state: { ...state, streak: null, unreadableFrames: 0 }, autoSubmit: null };
  }
  const confident = reading.confidence >= settings.autoConfidence;
  const count = state.streak?.plate === reading.plate ? state.streak.count + 1 : 1;
  const streak = confident ? { plate: reading.plate, count } : null;
  const next = { ...state, streak, unreadableFrames: 0, suggestion: nextSuggestion(state.suggestion, reading, now) };
  const autoSubmit = streak && streak.count >= settings.autoFrames ? reading : null;
  return { state: next, autoSubmit };
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
    recent: rememberSubmission(state.recent, plate, direction, now, settings.cooldownSeconds),
  };
}
