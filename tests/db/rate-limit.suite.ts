import { describe, expect, it } from "vitest";

/** The database-backed failure limiter on whichever database DATABASE_URL names (set before this import). */
const { createFailureLimiter } = await import("@/lib/server/auth/rate-limit");

describe("createFailureLimiter", () => {
  it("blocks a key after max failures within the window, and only that key", async () => {
    const limiter = createFailureLimiter({ name: "t1", max: 3, windowMs: 60_000 });
    const now = Date.now();
    for (let i = 0; i < 2; i++) await limiter.recordFailure("k", now);
    expect(await limiter.blockedFor("k", now)).toBe(0);
    await limiter.recordFailure("k", now);
    expect(await limiter.blockedFor("k", now)).toBe(60);
    expect(await limiter.blockedFor("other", now)).toBe(0);
    expect(await limiter.blockedFor("k", now + 61_000)).toBe(0);
  });

  it("starts a new window once the last one ended", async () => {
    const limiter = createFailureLimiter({ name: "t2", max: 2, windowMs: 60_000 });
    const now = Date.now();
    await limiter.recordFailure("k", now);
    await limiter.recordFailure("k", now + 61_000);
    expect(await limiter.blockedFor("k", now + 61_000)).toBe(0);
    await limiter.recordFailure("k", now + 62_000);
    expect(await limiter.blockedFor("k", now + 62_000)).toBe(59);
  });

  it("counts every one of many concurrent failures", async () => {
    const limiter = createFailureLimiter({ name: "t3", max: 40, windowMs: 60_000 });
    await Promise.all(Array.from({ length: 40 }, () => limiter.recordFailure("k")));
    expect(await limiter.blockedFor("k")).toBeGreaterThan(0);
  });

  it("forgets a key when cleared, and keeps limiters with other names apart", async () => {
    const a = createFailureLimiter({ name: "t4a", max: 1, windowMs: 60_000 });
    const b = createFailureLimiter({ name: "t4b", max: 1, windowMs: 60_000 });
    await a.recordFailure("k");
    expect(await a.blockedFor("k")).toBeGreaterThan(0);
    expect(await b.blockedFor("k")).toBe(0);
    await a.clear("k");
    expect(await a.blockedFor("k")).toBe(0);
  });
});
