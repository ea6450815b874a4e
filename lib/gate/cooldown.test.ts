import { describe, expect, it } from "vitest";
import { isCoolingDown, rememberSubmission } from "./cooldown";

describe("cooldown", () => {
  it("holds a plate back per direction for cooldownSeconds", () => {
    const recent = rememberSubmission(new Map(), "12ب345-67", "entry", 1000, 60);
    expect(isCoolingDown(recent, "12ب345-67", "entry", 60_999, 60)).toBe(true);
    expect(isCoolingDown(recent, "12ب345-67", "entry", 61_000, 60)).toBe(false);
    expect(isCoolingDown(recent, "12ب345-67", "exit", 2000, 60)).toBe(false);
    expect(isCoolingDown(recent, "34ج567-89", "entry", 2000, 60)).toBe(false);
  });

  it("a zero cooldown never holds back", () => {
    const recent = rememberSubmission(new Map(), "12ب345-67", "entry", 1000, 0);
    expect(isCoolingDown(recent, "12ب345-67", "entry", 1000, 0)).toBe(false);
  });

  it("forgets submissions whose cooldown is over", () => {
    let recent = rememberSubmission(new Map(), "12ب345-67", "entry", 0, 60);
    recent = rememberSubmission(recent, "34ج567-89", "exit", 61_000, 60);
    expect([...recent.keys()]).toEqual(["exit 34ج567-89"]);
  });
});
