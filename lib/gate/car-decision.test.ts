import { describe, expect, it } from "vitest";
import {
  decideFrame,
  GONE_AFTER_EMPTY_FRAMES,
  INITIAL_DECISION,
  markSubmitted,
  SUGGESTION_EXPIRY_MS,
  SUGGESTION_HOLD_MS,
  UNREADABLE_AFTER_FRAMES,
  type DecisionState,
  type PlateRead,
} from "./car-decision";
import { boxAt, distributionsFor } from "./reading-fixtures";

const settings = { autoFrames: 3, autoConfidence: 0.99, cooldownSeconds: 60 };
const PLATE = "12ب345-67";
const OTHER = "34ج567-89";
const plate = (text: string, p: number, dx = 0): PlateRead => ({ box: boxAt(dx), text: p ** 8 >= 0.1 ? text : null, distributions: distributionsFor(text, p) });
const sure = plate(PLATE, 0.999);
/** A plate the reader cannot make out: every class about as likely. */
const unreadable: PlateRead = { box: boxAt(), text: null, distributions: distributionsFor(PLATE, 0.12).map((d) => d.map(() => 1 / d.length)) };
const weak = plate(PLATE, 0.8);

/** Feeds frames one per 100 ms; returns the final state, every auto-submitted plate and the frames that raised the notice. */
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
const frames = (count: number, plates: PlateRead[]) => Array.from({ length: count }, () => plates);

describe("decideFrame: deciding on the car", () => {
  it("sends a plate once its car's fused confidence reaches the threshold over at least autoFrames frames", () => {
    expect(run([[sure], [sure]]).submitted).toEqual([]);
    expect(run([[sure], [sure], [sure]]).submitted).toEqual([PLATE]);
  });

  it("sends a car no single frame was sure of, once enough frames agree", () => {
    const fair = (dx: number) => plate(PLATE, 0.97, dx);
    const { submitted, state } = run(Array.from({ length: 12 }, (_, i) => [fair(i * 5)]));
    expect(submitted).toEqual([PLATE]);
    expect(state.tracks).toHaveLength(1);
  });

  it("does not send a car whose frames disagree, and offers the best reading instead", () => {
    const split = Array.from({ length: 12 }, (_, i) => [plate(i % 2 ? PLATE : "12ن345-67", 0.9)]);
    const { submitted, state } = run(split);
    expect(submitted).toEqual([]);
    expect(state.suggestion?.confidence).toBeLessThan(settings.autoConfidence);
  });

  it("keeps the evidence of two cars apart: each is read on its own frames", () => {
    const two = Array.from({ length: 4 }, () => [plate(PLATE, 0.999, 0), plate(OTHER, 0.5, 400)]);
    expect(run(two).submitted).toEqual([PLATE]);
  });

  it("sends a car at most once, even if its reading drifts to another plate later", () => {
    const drifted = [...frames(3, [sure]), ...frames(20, [plate("12ب345-68", 0.9999)])];
    expect(run(drifted).submitted).toEqual([PLATE]);
  });

  it("does not send the same plate in the same direction again within the cooldown", () => {
    const first = run(frames(12, [sure]));
    const gone = run(frames(GONE_AFTER_EMPTY_FRAMES, []), first.state);
    expect(run(frames(5, [sure]), gone.state).submitted).toEqual([]);
    expect(run(frames(5, [sure]), gone.state, "exit").submitted).toEqual([PLATE]);
  });

  it("sends it again once the cooldown is over", () => {
    const context = { settings, direction: "entry" as const, now: 0 };
    let state = markSubmitted(INITIAL_DECISION, PLATE, context);
    let sent = null;
    for (let i = 0; i < 3; i++) ({ state, autoSubmit: sent } = decideFrame(state, [sure], { ...context, now: 60_000 + i }));
    expect(sent?.plate).toBe(PLATE);
    state = markSubmitted(INITIAL_DECISION, PLATE, context);
    for (let i = 0; i < 3; i++) ({ state, autoSubmit: sent } = decideFrame(state, [sure], { ...context, now: 59_000 + i }));
    expect(sent).toBeNull();
  });

  it("never auto-sends a car that was in view when the operator sent a plate by hand", () => {
    const context = { settings, direction: "entry" as const, now: 0 };
    const seen = run([[weak]]).state;
    const typed = markSubmitted(seen, OTHER, context);
    expect(run(frames(10, [sure]), typed).submitted).toEqual([]);
  });

  it("suggests the fused reading when it is not confident enough to send", () => {
    const { state, submitted } = run([[weak], [weak], [weak]]);
    expect(submitted).toEqual([]);
    expect(state.suggestion?.plate).toBe(PLATE);
  });

  it("lets a weaker reading replace a suggestion that has not been seen for a while", () => {
    const context = { settings, direction: "entry" as const, now: 0 };
    const first = decideFrame(INITIAL_DECISION, [plate(PLATE, 0.9)], context).state;
    const weaker = [plate(OTHER, 0.8, 400)];
    expect(decideFrame(first, weaker, { ...context, now: SUGGESTION_HOLD_MS }).state.suggestion?.plate).toBe(PLATE);
    expect(decideFrame(first, weaker, { ...context, now: SUGGESTION_HOLD_MS + 1 }).state.suggestion?.plate).toBe(OTHER);
  });

  it("drops a suggestion once its car has been gone for a while", () => {
    const context = { settings, direction: "entry" as const, now: 0 };
    const seen = decideFrame(INITIAL_DECISION, [plate(PLATE, 0.9)], context).state;
    expect(decideFrame(seen, [], { ...context, now: SUGGESTION_EXPIRY_MS }).state.suggestion?.plate).toBe(PLATE);
    expect(decideFrame(seen, [], { ...context, now: SUGGESTION_EXPIRY_MS + 1 }).state.suggestion).toBeNull();
  });
});

describe("the unreadable plate notice", () => {
  it("is raised for a plate no frame could read, even when its frames agree on a weak guess", () => {
    // Mud on two digits: each frame guesses them at 0.3 and reads nothing by itself; fused, the guess would pass 0.1.
    const muddy: PlateRead = { ...plate(PLATE, 0.9), text: null };
    muddy.distributions = muddy.distributions.map((d, slot) => (slot < 2 ? d.map((p) => (p === 0.9 ? 0.3 : 0.7 / (d.length - 1))) : d));
    const { notices, state } = run(frames(UNREADABLE_AFTER_FRAMES, [muddy]));
    expect(notices).toEqual([UNREADABLE_AFTER_FRAMES - 1]);
    expect(state.suggestion).toBeNull();
  });

  it("is raised once a plate has been unreadable for several frames in a row, and only once for that car", () => {
    expect(run(frames(UNREADABLE_AFTER_FRAMES - 1, [unreadable])).notices).toEqual([]);
    expect(run(frames(UNREADABLE_AFTER_FRAMES + 30, [unreadable])).notices).toEqual([UNREADABLE_AFTER_FRAMES - 1]);
  });

  it("needs the frames in a row: an empty frame starts the count again", () => {
    expect(run([...frames(3, [unreadable]), [], ...frames(3, [unreadable])]).notices).toEqual([]);
  });

  it("is raised again for the next car, after an empty scene", () => {
    const n = UNREADABLE_AFTER_FRAMES;
    const road = frames(GONE_AFTER_EMPTY_FRAMES, []);
    expect(run([...frames(n, [unreadable]), ...road, ...frames(n, [unreadable])]).notices).toEqual([n - 1, 2 * n + road.length - 1]);
  });

  it("is not raised while a readable plate is in the same frame", () => {
    expect(run(frames(20, [unreadable, plate(OTHER, 0.9, 400)])).notices).toEqual([]);
  });

  it("is not raised for a car whose plate was just sent and turns unreadable as it drives off", () => {
    const n = UNREADABLE_AFTER_FRAMES;
    const sentThenBlurred = run([...frames(3, [sure]), ...frames(2 * n, [unreadable])]);
    expect(sentThenBlurred.submitted).toEqual([PLATE]);
    expect(sentThenBlurred.notices).toEqual([]);
    expect(run(frames(GONE_AFTER_EMPTY_FRAMES, []), sentThenBlurred.state).state.unreadableNoticed).toBe(false);
  });
});

describe("the plates shown over the picture", () => {
  it("carry each car's fused reading, not the frame's", () => {
    const context = { settings, direction: "entry" as const, now: 0 };
    let state = INITIAL_DECISION;
    const shown = [];
    for (const read of [plate(PLATE, 0.9), plate("12ب345-68", 0.95, 5), plate(PLATE, 0.9, 10)]) {
      const decision = decideFrame(state, [read], context);
      state = decision.state;
      shown.push(decision.plates[0]);
    }
    expect(shown[1].text).toBe("12ب345-68");
    expect(shown[2]).toMatchObject({ box: boxAt(10), text: PLATE });
  });

  it("mark a plate the reader cannot make out as unreadable", () => {
    expect(decideFrame(INITIAL_DECISION, [unreadable], { settings, direction: "entry", now: 0 }).plates).toEqual([
      expect.objectContaining({ text: null }),
    ]);
  });
});
