import { describe, expect, it } from "vitest";
import { plateLabel } from "./plate-label";

const LRM = "\u200e";

describe("plateLabel", () => {
  it("draws the plate in Persian digits in both languages, as the plate badges do", () => {
    const reading = { text: "12ب345-67", confidence: 0.987 };
    expect(plateLabel(reading, "fa")).toBe(["۱۲", "ب", "۳۴۵", "۶۷", "۹۸٫۷٪"].join(`${LRM} `));
    expect(plateLabel(reading, "en")).toBe(["۱۲", "ب", "۳۴۵", "۶۷", "98.7%"].join(`${LRM} `));
  });

  it("marks an unreadable plate", () => {
    expect(plateLabel({ text: null, confidence: 0 }, "en")).toBe("?");
  });
});
