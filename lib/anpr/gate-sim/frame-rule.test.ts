import { describe, expect, it } from "vitest";
import {
  bestReading,
  decideFrame,
  INITIAL_DECISION,
  markSubmitted,
  SUGGESTION_EXPIRY_MS,
  GONE_AFTER_EMPTY_FRAMES,
  SUGGESTION_HOLD_MS,
  UNREADABLE_AFTER_FRAMES,
  type DecisionState,
  type PlateRead,
} from "./frame-rule";

const settings = { autoFrames: 3, autoConfidence: 0.99, cooldownSeconds: 60 };
const PLATE = "12ب345-67";
const sure: PlateRead = { text: PLATE, confidence: 0.999 };

/**
 * Feeds frames one per 100 ms and returns the final state, every auto-submitted plate and the
 * indexes of the frames that raised the "unreadable" notice.
 */
function run(frames: PlateRead[][], start: DecisionState = INITIAL_DECISION, direction: "entry" | "exit" = "entry") {
  let state = start;
  const submitted: string[] = [];
  const notices: number[] = [];
  frames.forEach((plates, i) => {
    const context = { settings, direction, now: 1_000_000 + i * 100 };
    const result = decideFrame(state, plates, context);
    state = result.state;
    if (result.unreadableNotice) notices.push(i);
    if (result.autoSubmit) {
      submitted.push(result.autoSubmit.plate);
      state = markSubmitted(state, result.autoSubmit.plate, context);
    }
  });
  return { state, submitted, notices };
}

describe("bestReading", () => {
  it("picks the most confident valid plate and canonicalises it", () => {
    const plates = [
      { text: null, confidence: 0.9 },
      { text: "۱۲ ب ۳۴۵ ایران ۶۷", confidence: 0.8 },
      { text: "99ب999-99", confidence: 0.7 },
    ];
    expect(bestReading(plates)).toEqual({ plate: PLATE, confidence: 0.8 });
  });

  it("skips unreadable and invalid texts", () => {
    expect(bestReading([{ text: null, confidence: 1 }, { text: "02ب345-67", confidence: 1 }])).toBeNull();
  });
});

describe("decideFrame", () => {
  it("auto-submits after autoFrames consecutive confident reads", () => {
    expect(run([[sure], [sure]]).submitted).toEqual([]);
    expect(run([[sure], [sure], [sure]]).submitted).toEqual([PLATE]);
  });

  it("restarts the count on a frame without the plate, a less confident one or another plate", () => {
    const other: PlateRead = { text: "34ج567-89", confidence: 0.999 };
    const weak: PlateRead = { text: PLATE, confidence: 0.98 };
    expect(run([[sure], [sure], [], [sure], [sure]]).submitted).toEqual([]);
    expect(run([[sure], [sure], [weak], [sure], [sure]]).submitted).toEqual([]);
    expect(run([[sure], [sure], [other], [sure], [sure]]).submitted).toEqual([]);
    expect(run([[sure], [sure], [weak], [sure], [sure], [sure]]).submitted).toEqual([PLATE]);
  });

  it("does not send the same plate in the same direction again within the cooldown", () => {
    const frames = Array.from({ length: 12 }, () => [sure]);
    const first = run(frames);
    expect(first.submitted).toEqual([PLATE]);
    expect(first.state.suggestion).toBeNull();
    expect(run(frames, first.state, "exit").submitted).toEqual([PLATE]);
  });

  it("sends it again once the cooldown is over", () => {
    const context = { settings, direction: "entry" as const, now: 0 };
    const sent = markSubmitted(INITIAL_DECISION, PLATE, context);
    const during = decideFrame(sent, [sure], { ...context, now: 59_999 });
    expect(during.state.streak).toBeNull();
    const after = decideFrame(sent, [sure], { ...context, now: 60_000 });
    expect(after.state.streak).toEqual({ plate: PLATE, count: 1 });
  });

  it("suggests the best recent reading when it is not confident enough to send", () => {
    const low: PlateRead = { text: PLATE, confidence: 0.6 };
    const lower: PlateRead = { text: "34ج567-89", confidence: 0.4 };
    const { state, submitted } = run([[low], [lower], [low]]);
    expect(submitted).toEqual([]);
    expect(state.suggestion).toMatchObject({ plate: PLATE, confidence: 0.6 });
  });

  it("lets a weaker reading replace a suggestion that has not been seen for a while", () => {
    const context = { settings, direction: "entry" as const, now: 0 };
    const first = decideFrame(INITIAL_DECISION, [{ text: PLATE, confidence: 0.9 }], context).state;
    const weaker = { text: "34ج567-89", confidence: 0.5 };
    expect(decideFrame(first, [weaker], { ...context, now: SUGGESTION_HOLD_MS }).state.suggestion?.plate).toBe(PLATE);
    expect(decideFrame(first, [weaker], { ...context, now: SUGGESTION_HOLD_MS + 1 }).state.suggestion?.plate).toBe("34ج567-89");
  });

  it("drops a suggestion once its car has been gone for a while", () => {
    const context = { settings, direction: "entry" as const, now: 0 };
    const seen = decideFrame(INITIAL_DECISION, [{ text: PLATE, confidence: 0.9 }], context).state;
    expect(decideFrame(seen, [], { ...context, now: SUGGESTION_EXPIRY_MS }).state.suggestion?.plate).toBe(PLATE);
    expect(decideFrame(seen, [], { ...context, now: SUGGESTION_EXPIRY_MS + 1 }).state.suggestion).toBeNull();
  });

  it("counts frames that show a plate it cannot read", () => {
    const unreadable: PlateRead = { text: null, confidence: 0.05 };
    expect(run([[unreadable], [unreadable]]).state.unreadableFrames).toBe(2);
    expect(run([[unreadable], []]).state.unreadableFrames).toBe(0);
    expect(run([[unreadable], [sure]]).state.unreadableFrames).toBe(0);
  });
});

describe("the unreadable plate notice", () => {
  const unreadable: PlateRead = { text: null, confidence: 0.05 };
  const frames = (count: number, plates: PlateRead[]) => Array.from({ length: count }, () => plates);
  const weak: PlateRead = { text: PLATE, confidence: 0.6 };

  it("is raised once a plate has been unreadable for several frames in a row, and only once for that car", () => {
    expect(run(frames(UNREADABLE_AFTER_FRAMES - 1, [unreadable])).notices).toEqual([]);
    expect(run(frames(UNREADABLE_AFTER_FRAMES + 30, [unreadable])).notices).toEqual([UNREADABLE_AFTER_FRAMES - 1]);
  });

  it("needs the frames in a row: an empty frame or a reading starts the count again", () => {
    const gap = [...frames(3, [unreadable]), [], ...frames(3, [unreadable])];
    expect(run(gap).notices).toEqual([]);
    expect(run([...frames(3, [unreadable]), [weak], ...frames(3, [unreadable])]).notices).toEqual([]);
  });

  it("is raised again for the next car, after an empty scene or a plate it could read", () => {
    const n = UNREADABLE_AFTER_FRAMES;
    const road = frames(GONE_AFTER_EMPTY_FRAMES, []);
    expect(run([...frames(n, [unreadable]), ...road, ...frames(n, [unreadable])]).notices).toEqual([n - 1, 2 * n + road.length - 1]);
    expect(run([...frames(n, [unreadable]), [weak], ...frames(n, [unreadable])]).notices).toEqual([n - 1, 2 * n]);
  });

  it("is not raised again when the detector misses the plate in a frame or two", () => {
    const flicker = [...frames(UNREADABLE_AFTER_FRAMES, [unreadable]), ...frames(GONE_AFTER_EMPTY_FRAMES - 1, [])];
    expect(run([...flicker, ...flicker, ...flicker]).notices).toEqual([UNREADABLE_AFTER_FRAMES - 1]);
  });

  it("is not raised while a readable plate is in the same frame", () => {
    expect(run(frames(20, [unreadable, weak])).notices).toEqual([]);
  });

  it("is not raised for a car whose plate was just sent and turns unreadable as it drives off", () => {
    const n = UNREADABLE_AFTER_FRAMES;
    const sentThenBlurred = run([...frames(3, [sure]), ...frames(2 * n, [unreadable]), ...frames(3, [sure]), ...frames(2 * n, [unreadable])]);
    expect(sentThenBlurred.submitted).toEqual([PLATE]);
    expect(sentThenBlurred.notices).toEqual([]);
    expect(run(frames(GONE_AFTER_EMPTY_FRAMES, []), sentThenBlurred.state).state.unreadableNoticed).toBe(false);
  });
});
