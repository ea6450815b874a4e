import { describe, expect, it } from "vitest";

/** The database-backed failure limiter on whichever database DATABASE_URL names (set before this import). */
const { createFailureLimiter, listLimitedKeys } = await import("@/lib/server/auth/rate-limit");

const MINUTE = 60_000;
const policy = { free: 3, firstBlockMs: MINUTE, maxBlockMs: 4 * MINUTE, forgetAfterMs: 60 * MINUTE };

describe("createFailureLimiter", () => {
  it("blocks a key after `free` failures in a row, longer after each further one, and only that key", async () => {
    const limiter = createFailureLimiter({ name: "t1", ...policy });
    const now = Date.now();
    for (let i = 0; i < 2; i++) await limiter.recordFailure("k", now);
    expect(await limiter.blockedFor("k", now)).toBe(0);
    await limiter.recordFailure("k", now);
    expect(await limiter.blockedFor("k", now)).toBe(60);
    expect(await limiter.blockedFor("other", now)).toBe(0);
    expect(await limiter.blockedFor("k", now + 61_000)).toBe(0);
    // One more try after the block: wrong again, so twice as long.
    await limiter.recordFailure("k", now + 61_000);
    expect(await limiter.blockedFor("k", now + 61_000)).toBe(120);
    await limiter.recordFailure("k", now + 200_000);
    await limiter.recordFailure("k", now + 500_000);
    expect(await limiter.blockedFor("k", now + 500_000)).toBe(240);
  });

  it("starts again from zero after a quiet spell longer than forgetAfterMs", async () => {
    const limiter = createFailureLimiter({ name: "t2", ...policy });
    const now = Date.now();
    for (let i = 0; i < 3; i++) await limiter.recordFailure("k", now);
    await limiter.recordFailure("k", now + 61 * MINUTE);
    expect(await limiter.blockedFor("k", now + 61 * MINUTE)).toBe(0);
  });

  it("counts every one of many concurrent failures", async () => {
    const limiter = createFailureLimiter({ name: "t3", ...policy, free: 40 });
    await Promise.all(Array.from({ length: 40 }, () => limiter.recordFailure("k")));
    expect(await limiter.blockedFor("k")).toBeGreaterThan(0);
  });

  it("forgets a key when cleared, and keeps limiters with other names apart", async () => {
    const a = createFailureLimiter({ name: "t4a", ...policy, free: 1 });
    const b = createFailureLimiter({ name: "t4b", ...policy, free: 1 });
    await a.recordFailure("k");
    expect(await a.blockedFor("k")).toBeGreaterThan(0);
    expect(await b.blockedFor("k")).toBe(0);
    await a.clear("k");
    expect(await a.blockedFor("k")).toBe(0);
  });

  it("lists the keys whose failures still count, blocked ones first, for the admin", async () => {
    const a = createFailureLimiter({ name: "t5a", ...policy });
    const b = createFailureLimiter({ name: "t5b", ...policy });
    const now = Date.now();
    await a.recordFailure("one-failure", now);
    for (let i = 0; i < 3; i++) await b.recordFailure("user|10.0.0.1", now - 1000);
    await a.recordFailure("forgotten", now - 61 * MINUTE);
    const keys = await listLimitedKeys([a, b], now);
    expect(keys.map((k) => [k.limiter, k.key, k.failures, k.blockedUntil !== null])).toEqual([
      ["t5b", "user|10.0.0.1", 3, true],
      ["t5a", "one-failure", 1, false],
    ]);
  });
});
