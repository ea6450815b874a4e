import { describe, expect, it } from "vitest";
import { gateReadSchema, SNAPSHOT_MAX_BASE64 } from "./gate-read-schema";
import { MAX_READ_AGO_MS } from "./late-reads";

const valid = {
  requestId: "3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b",
  direction: "entry",
  plate: "۱۲ب۳۴۵ ایران ۶۷",
  source: "auto",
  confidence: 0.997,
  snapshot: "/9j/4AAQSkZJRg==",
  readAgoMs: 0,
};

describe("gateReadSchema", () => {
  it("accepts a read with or without a snapshot and confidence", () => {
    expect(gateReadSchema.safeParse(valid).success).toBe(true);
    expect(gateReadSchema.safeParse({ ...valid, source: "manual", confidence: null, snapshot: null, readAgoMs: MAX_READ_AGO_MS }).success).toBe(true);
  });

  it.each([
    ["a request id that is not a uuid", { requestId: "tablet-1:7" }],
    ["an unknown direction", { direction: "in" }],
    ["an unknown source", { source: "guess" }],
    ["a confidence above 1", { confidence: 1.2 }],
    ["a snapshot that is not base64", { snapshot: "data:image/jpeg;base64,/9j/" }],
    ["a snapshot far over the limit", { snapshot: "A".repeat(2 * SNAPSHOT_MAX_BASE64 + 4) }],
    ["a read from the future", { readAgoMs: -1 }],
    ["a read older than 12 hours", { readAgoMs: MAX_READ_AGO_MS + 1 }],
    ["an unknown field", { readAt: 1 }],
  ])("refuses %s", (_label, change) => {
    const parsed = gateReadSchema.safeParse({ ...valid, ...change });
    expect(parsed.success).toBe(false);
  });
});
