import { describe, expect, it } from "vitest";
import { blockMs, secondsBlocked } from "./rate-limit";

const MINUTE = 60_000;
const policy = { free: 3, firstBlockMs: MINUTE, maxBlockMs: 8 * MINUTE, forgetAfterMs: 60 * MINUTE };

describe("progressive back-off", () => {
  it("lets the first failures pass, then doubles each block up to the longest", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 40].map((failures) => blockMs(failures, policy) / MINUTE)).toEqual([0, 0, 1, 2, 4, 8, 8, 8]);
  });

  it("counts a block from the last failure", () => {
    const lastFailureAt = new Date(1_000);
    expect(secondsBlocked(undefined, policy, 1_000)).toBe(0);
    expect(secondsBlocked({ failures: 2, lastFailureAt }, policy, 1_000)).toBe(0);
    expect(secondsBlocked({ failures: 3, lastFailureAt }, policy, 1_000)).toBe(60);
    expect(secondsBlocked({ failures: 3, lastFailureAt }, policy, 31_500)).toBe(30);
    expect(secondsBlocked({ failures: 4, lastFailureAt }, policy, 61_000)).toBe(60);
    expect(secondsBlocked({ failures: 4, lastFailureAt }, policy, 121_000)).toBe(0);
  });
});
