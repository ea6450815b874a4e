import { describe, expect, it } from "vitest";
import { clientIp, createFailureLimiter } from "./rate-limit";

describe("createFailureLimiter", () => {
  it("blocks after max failures until the window ends", () => {
    const limiter = createFailureLimiter({ max: 3, windowMs: 60_000 });
    for (let i = 0; i < 2; i++) limiter.recordFailure("k", 1_000);
    expect(limiter.blockedFor("k", 1_000)).toBe(0);
    limiter.recordFailure("k", 1_000);
    expect(limiter.blockedFor("k", 1_000)).toBe(60);
    expect(limiter.blockedFor("other", 1_000)).toBe(0);
    expect(limiter.blockedFor("k", 61_000)).toBe(0);
  });

  it("clear forgets the failures", () => {
    const limiter = createFailureLimiter({ max: 1, windowMs: 60_000 });
    limiter.recordFailure("k");
    limiter.clear("k");
    expect(limiter.blockedFor("k")).toBe(0);
  });
});

describe("clientIp", () => {
  it("takes the first forwarded address", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "10.0.0.1, 10.0.0.2" }))).toBe("10.0.0.1");
    expect(clientIp({ "x-real-ip": "10.0.0.3" })).toBe("10.0.0.3");
    expect(clientIp({})).toBe("local");
  });
});
