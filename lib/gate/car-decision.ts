import type { Box } from "@/lib/anpr/rgb-image";
import { READ_MIN_CONFIDENCE } from "@/lib/anpr/thresholds";
import { isCoolingDown, rememberSubmission, type GateDirection, type RecentSubmissions } from "./cooldown";
import { fuseEvidence, type FusedReading } from "./plate-evidence";
import { updateTracks, type PlateTrack } from "./plate-tracks";

/** One plate the reader returned for a frame: its box, its own text (null: unreadable) and per-slot class probabilities (lib/anpr/decode-reading). */
export type PlateRead = { box: Box; text: string | null; distributions: readonly (readonly number[])[] };
/** A valid plate in canonical form with its fused confidence over the car's frames. */
export type Reading = { plate: string; confidence: number };
export type DecisionSettings = {
  /** Frames a car's plate must have been read in before it may go without a tap. */
  autoFrames: number;
  /** The fused confidence (lib/gate/plate-evidence) at or above which it goes without a tap. */
  autoConfidence: number;
  cooldownSeconds: number;
};

/** What the gate keeps of the scene whatever its rule: the suggestion, the unreadable notice, the cooldowns. */
export type SceneState = {
  /** The best current reading, offered to the operator to confirm or correct. */
  suggestion: (Reading & { seenAt: number }) | null;
  /** Consecutive frames that showed a plate without a valid reading. */
  unreadableFrames: number;
  /**
   * The car in front of the camera needs no "type its plate" notice: it was given, or a plate was
   * just sent (the car leaving may turn its plate unreadable). Cleared when the car has gone or a new plate is read.
   */
  unreadableNoticed: boolean;
  /** Consecutive frames without any plate. */
  emptyFrames: number;
  recent: RecentSubmissions;
};

export type DecisionState = SceneState & {
  /** The plates in view, followed across frames (lib/gate/plate-tracks). */
  tracks: readonly PlateTrack[];
  nextTrackId: number;
};

export const INITIAL_DECISION: DecisionState = {
  tracks: [],
  nextTrackId: 1,
  suggestion: null,
  unreadableFrames: 0,
  unreadableNoticed: false,
  emptyFrames: 0,
  recent: new Map(),
};

/** Frames in a row showing a plate that cannot be read before the operator is told to type it. */
export const UNREADABLE_AFTER_FRAMES = 5;
/** Frames in a row without a plate after which the car has gone: the detector misses a plate in the odd frame. */
export const GONE_AFTER_EMPTY_FRAMES = 3;
/** A suggestion is replaced by a less confident reading only after it has not been seen for this long. */
export const SUGGESTION_HOLD_MS = 3000;
/** A suggestion not seen for this long is dropped: that car has gone. */
export const SUGGESTION_EXPIRY_MS = 15_000;

function nextSuggestion(current: DecisionState["suggestion"], reading: Reading, now: number): DecisionState["suggestion"] {
  if (!current || now - current.seenAt > SUGGESTION_HOLD_MS || reading.confidence > current.confidence || reading.plate === current.plate) {
    return { ...reading, seenAt: now };
  }
  return current;
}

type FrameContext = { settings: DecisionSettings; direction: GateDirection; now: number };
/** A plate of this frame as the operator sees it: its box and its car's fused reading (text null: unreadable). */
export type FusedPlate = { box: Box; text: string | null; confidence: number };
export type FrameDecision = {
  state: DecisionState;
  /** The frame's plates, each with its car's fused reading, for drawing over the picture. */
  plates: FusedPlate[];
  /** Send this reading without a tap. */
  autoSubmit: Reading | null;
  /** Tell the operator, once per car, that its plate cannot be read and must be typed. */
  unreadableNotice: boolean;
};

type Candidate = { track: PlateTrack; fused: FusedReading & { text: string } };

/**
 * A car is offered once the reader has read its plate by itself in at least one frame: fusing frames
 * that each gave up (a plate caked in mud) would sharpen the same weak guess into a confident one.
 */
const isReadable = (c: { track: PlateTrack; fused: FusedReading }): c is Candidate =>
  c.track.readFrames > 0 && c.fused.text !== null && c.fused.confidence >= READ_MIN_CONFIDENCE;

/** A frame without a valid plate: an empty scene (for long enough) ends the car, a plate it cannot read counts towards the notice. */
function frameWithoutReading(state: DecisionState, plates: FusedPlate[], now: number): FrameDecision {
  const platesSeen = plates.length > 0;
  const suggestion = state.suggestion && now - state.suggestion.seenAt > SUGGESTION_EXPIRY_MS ? null : state.suggestion;
  if (!platesSeen) {
    const emptyFrames = state.emptyFrames + 1;
    const unreadableNoticed = state.unreadableNoticed && emptyFrames < GONE_AFTER_EMPTY_FRAMES;
    const next = { ...state, suggestion, unreadableFrames: 0, unreadableNoticed, emptyFrames };
    return { state: next, plates, autoSubmit: null, unreadableNotice: false };
  }
  const unreadableFrames = state.unreadableFrames + 1;
  const unreadableNotice = !state.unreadableNoticed && unreadableFrames >= UNREADABLE_AFTER_FRAMES;
  const unreadableNoticed = state.unreadableNoticed || unreadableNotice;
  return { state: { ...state, suggestion, unreadableFrames, unreadableNoticed, emptyFrames: 0 }, plates, autoSubmit: null, unreadableNotice };
}

/**
 * Takes one frame's plates. Each plate continues the track of its car (box continuity) and adds its
 * reading to that car's evidence; a car is decided on the fused evidence, not on one frame. A track
 * read in at least `autoFrames` frames whose fused confidence reaches `autoConfidence` is returned for
 * auto-submission; the best fused reading is the suggestion. Plates sent in this direction within the
 * cooldown are not sent again, and a track in view when any plate was sent never auto-submits.
 */
export function decideFrame(state: DecisionState, plates: readonly PlateRead[], { settings, direction, now }: FrameContext): FrameDecision {
  const { tracks, seen, nextId } = updateTracks(state.tracks, plates, state.nextTrackId);
  const tracked = { ...state, tracks, nextTrackId: nextId };
  const fused = seen.map((track) => ({ track, fused: fuseEvidence(track.evidence) }));
  const shown = fused.map((c) => ({ box: c.track.box, text: isReadable(c) ? c.fused.text : null, confidence: c.fused.confidence }));
  const candidates = fused.filter(isReadable).sort((a, b) => b.fused.confidence - a.fused.confidence);
  const readable = candidates.filter((c) => !isCoolingDown(state.recent, c.fused.text, direction, now, settings.cooldownSeconds));
  if (readable.length === 0) {
    const coolingDown = candidates.length > 0;
    if (coolingDown) return { state: { ...tracked, unreadableFrames: 0, emptyFrames: 0 }, plates: shown, autoSubmit: null, unreadableNotice: false };
    return frameWithoutReading(tracked, shown, now);
  }
  const best = readable[0];
  const reading = { plate: best.fused.text, confidence: best.fused.confidence };
  const next = { ...tracked, suggestion: nextSuggestion(state.suggestion, reading, now), unreadableFrames: 0, unreadableNoticed: false, emptyFrames: 0 };
  const ready = readable.find(
    ({ track, fused }) => !track.submitted && track.evidence.frames >= settings.autoFrames && fused.confidence >= settings.autoConfidence,
  );
  const autoSubmit = ready ? { plate: ready.fused.text, confidence: ready.fused.confidence } : null;
  return { state: next, plates: shown, autoSubmit, unreadableNotice: false };
}

/**
 * After any submission (auto, confirmed or typed): the plates in view are done with (their tracks
 * never auto-submit again, whatever they read later) and that plate is held back for the cooldown.
 */
export function markSubmitted(state: DecisionState, plate: string, { settings, direction, now }: FrameContext): DecisionState {
  return {
    ...state,
    tracks: state.tracks.map((track) => ({ ...track, submitted: true })),
    suggestion: null,
    unreadableFrames: 0,
    unreadableNoticed: true,
    emptyFrames: 0,
    recent: rememberSubmission(state.recent, plate, direction, now, settings.cooldownSeconds),
  };
}
