import { describe, expect, it } from "vitest";
import { secondsBlocked } from "./rate-limit";

describe("secondsBlocked", () => {
  const opts = { max: 3, windowMs: 60_000 };
  const windowStart = new Date(1_000);
  it("blocks once the failures reach the limit, until the window ends", () => {
    expect(secondsBlocked(undefined, opts, 1_000)).toBe(0);
    expect(secondsBlocked({ failures: 2, windowStart }, opts, 1_000)).toBe(0);
    expect(secondsBlocked({ failures: 3, windowStart }, opts, 1_000)).toBe(60);
    expect(secondsBlocked({ failures: 3, windowStart }, opts, 31_500)).toBe(30);
    expect(secondsBlocked({ failures: 9, windowStart }, opts, 61_000)).toBe(0);
  });
});
