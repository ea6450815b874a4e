import { describe, expect, it } from "vitest";
import { countCorrectCharacters, matchDetections, median, plateCharacters } from "./plate-metrics";

describe("plateCharacters", () => {
  it("splits a canonical plate into 8 characters, the letter as one", () => {
    expect(plateCharacters("12الف345-67")).toEqual(["1", "2", "الف", "3", "4", "5", "6", "7"]);
    expect(plateCharacters("not a plate")).toEqual([]);
  });
});

describe("countCorrectCharacters", () => {
  it("counts characters in the right slot", () => {
    expect(countCorrectCharacters("12ب345-67", ["1", "2", "ب", "3", "4", "9", "6", "1"])).toBe(6);
    expect(countCorrectCharacters("12ب345-67", [])).toBe(0);
  });
});

describe("matchDetections", () => {
  it("matches each truth box to at most one detection at IoU 0.5, best score first", () => {
    const detections = [
      { box: [0, 0, 10, 10] as [number, number, number, number], score: 0.6 },
      { box: [1, 0, 11, 10] as [number, number, number, number], score: 0.9 },
      { box: [100, 100, 110, 110] as [number, number, number, number], score: 0.9 },
    ];
    expect(matchDetections(detections, [[0, 0, 10, 10], [50, 50, 60, 60]], 0.5)).toEqual([1, -1]);
  });
});

describe("median", () => {
  it("handles odd and even counts", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});
