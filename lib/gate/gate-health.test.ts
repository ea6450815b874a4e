import { describe, expect, it } from "vitest";
import { GATE_SILENT_AFTER_MS, isGateOnline, silentMinutes } from "./gate-health";

const now = new Date("2026-11-30T10:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

describe("isGateOnline", () => {
  it("is online while the last heartbeat is younger than 2 minutes", () => {
    expect(isGateOnline(ago(0), now)).toBe(true);
    expect(isGateOnline(ago(30_000), now)).toBe(true);
    expect(isGateOnline(ago(GATE_SILENT_AFTER_MS - 1), now)).toBe(true);
  });

  it("is offline from 2 minutes of silence on, and when no heartbeat ever came", () => {
    expect(isGateOnline(ago(GATE_SILENT_AFTER_MS), now)).toBe(false);
    expect(isGateOnline(ago(10 * 60_000), now)).toBe(false);
    expect(isGateOnline(null, now)).toBe(false);
  });

  it("counts a heartbeat stamped slightly ahead (another process's clock) as online", () => {
    expect(isGateOnline(ago(-5_000), now)).toBe(true);
  });
});

describe("silentMinutes", () => {
  it("counts whole minutes, never negative", () => {
    expect(silentMinutes(ago(119_999), now)).toBe(1);
    expect(silentMinutes(ago(125_000), now)).toBe(2);
    expect(silentMinutes(ago(-5_000), now)).toBe(0);
    expect(silentMinutes(null, now)).toBeNull();
  });
});
