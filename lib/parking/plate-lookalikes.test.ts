import { describe, expect, it } from "vitest";
import { isPlateLetter } from "./plate-letters";
import { CONFUSED_PAIRS, lookalikeRank, lookalikeVariants, pickLookalikes } from "./plate-lookalikes";

const car = (plate: string, entryAt: string) => ({ plate, entryAt: new Date(entryAt) });

describe("CONFUSED_PAIRS", () => {
  it("pairs only plate letters or digits, each pair once", () => {
    const keys = CONFUSED_PAIRS.map(([a, b]) => [a, b].sort().join("|"));
    expect(new Set(keys).size).toBe(CONFUSED_PAIRS.length);
    for (const [a, b] of CONFUSED_PAIRS) {
      expect(a).not.toBe(b);
      for (const c of [a, b]) expect(/^\d$/.test(c) || isPlateLetter(c)).toBe(true);
    }
  });
});

describe("lookalikeVariants", () => {
  it("swaps one confused character at a time, in letters and in every digit group", () => {
    const plates = lookalikeVariants("12ق345-67");
    expect(plates).toEqual(expect.arrayContaining(["12ن345-67", "12ف345-67", "17ق345-67", "13ق345-67", "12ق245-67", "12ق340-67", "12ق345-62", "12ق345-68"]));
    for (const plate of plates) expect([...plate].filter((c, i) => c !== "12ق345-67"[i])).toHaveLength(1);
  });

  it("handles الف, which is one character of the plate though three letters long", () => {
    expect(lookalikeVariants("11الف111-11")).toEqual([]);
    expect(lookalikeVariants("11الف112-11")).toEqual(["11الف117-11", "11الف113-11"]);
  });

  it("never offers a group starting with zero, nor anything for a text that is no plate", () => {
    expect(lookalikeVariants("52ب345-67")).not.toContain("02ب345-67");
    expect(lookalikeVariants("not a plate")).toEqual([]);
  });
});

describe("lookalikeRank", () => {
  it("names the pair of the one differing character", () => {
    expect(lookalikeRank("12ق345-67", "12ن345-67")).toBe(0);
    expect(lookalikeRank("12ن345-67", "12ق345-67")).toBe(0);
    expect(lookalikeRank("12ب345-67", "12ب345-62")).toBe(1);
  });

  it("refuses the same plate, two differences and pairs that are not confused", () => {
    expect(lookalikeRank("12ق345-67", "12ق345-67")).toBeNull();
    expect(lookalikeRank("12ق345-67", "12ن345-62")).toBeNull();
    expect(lookalikeRank("12ق345-67", "12م345-67")).toBeNull();
    expect(lookalikeRank("12ق345-67", "12ق145-67")).toBeNull();
  });
});

describe("pickLookalikes", () => {
  it("orders by how common the confusion is, then newest entry first, and leaves the rest out", () => {
    const inside = [
      car("12ق345-67", "2026-01-01T08:00:00Z"),
      car("12ق345-62", "2026-01-01T07:00:00Z"),
      car("12ب345-67", "2026-01-01T06:00:00Z"),
      car("17پ345-67", "2026-01-01T09:00:00Z"),
      car("12پ345-62", "2026-01-01T10:00:00Z"),
      car("12پ345-67", "2026-01-01T05:00:00Z"),
    ];
    expect(pickLookalikes("12پ345-67", inside).map((c) => c.plate)).toEqual(["12پ345-62", "17پ345-67", "12ب345-67"]);
  });

  it("caps the offer", () => {
    const inside = ["17ن345-67", "13ن345-67", "12ن245-67", "12ن340-67", "12ن345-62", "12ن345-68"].map((p) => car(p, "2026-01-01T08:00:00Z"));
    expect(pickLookalikes("12ن345-67", inside)).toHaveLength(5);
    expect(pickLookalikes("12ن345-67", inside, 2).map((c) => c.plate)).toEqual(["12ن345-62", "17ن345-67"]);
  });
});
