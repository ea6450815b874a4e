import { describe, expect, it } from "vitest";
import { plainTextSchema } from "./plain-text";

const name = plainTextSchema(80);

describe("plainTextSchema", () => {
  it.each([
    ["Persian with a zero-width non-joiner", "پارکینگ می\u200Cخواهیم"],
    ["Latin with digits and punctuation", "Lot B (north), level -1"],
    ["right-to-left and left-to-right marks", "پارکینگ\u200F ۲"],
  ])("accepts %s", (_, text) => {
    expect(name.parse(text)).toBe(text);
  });

  it.each([
    ["NUL", "lot\u0000name"],
    ["a right-to-left override", "gate\u202Egnp.exe"],
    ["a line break", "first\nsecond"],
    ["a tab", "a\tb"],
    ["a C1 control", "a\u0085b"],
    ["a line separator", "a\u2028b"],
    ["a left-to-right isolate", "a\u2066b\u2069"],
  ])("rejects %s with a Persian and an English message", (_, text) => {
    const result = name.safeParse(text);
    expect(result.success).toBe(false);
    const [issue] = result.error!.issues;
    expect(issue.message).toMatch(/plain text/);
    expect(issue).toMatchObject({ params: { fa: expect.stringContaining("متن ساده") } });
  });

  it("trims, and keeps the length limits", () => {
    expect(name.parse("  Lot A  ")).toBe("Lot A");
    expect(name.safeParse("   ").success).toBe(false);
    expect(name.safeParse("x".repeat(81)).success).toBe(false);
  });
});
