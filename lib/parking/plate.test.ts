import { describe, expect, it } from "vitest";
import { canonicalPlate, parsePlate } from "./plate";
import { PLATE_LETTERS } from "./plate-letters";
import { plateCategory, plateProvince } from "./plate-info";

describe("parsePlate", () => {
  it.each([
    ["12ب345-67", "12ب345-67"],
    ["۱۲ب۳۴۵-۶۷", "12ب345-67"],
    ["١٢ب٣٤٥٦٧", "12ب345-67"],
    ["12 ب 345 ایران 67", "12ب345-67"],
    ["12-ب-345-67", "12ب345-67"],
    ["12ي345-67", "12ی345-67"],
    ["12ك345 ايران 67", "12ک345-67"],
    ["22الف111-11", "22الف111-11"],
    ["22ا111-11", "22الف111-11"],
    ["33♿456-78", "33♿456-78"],
    ["33ژ456-78", "33ژ456-78"],
    ["44d123-55", "44D123-55"],
    ["44S123-55", "44S123-55"],
    ["\u200f12\u200cب345-67\u200e", "12ب345-67"],
  ])("normalises %s", (input, expected) => {
    expect(canonicalPlate(input)).toBe(expected);
  });

  it("accepts every plate letter", () => {
    for (const letter of PLATE_LETTERS) {
      expect(canonicalPlate(`12${letter}345-67`)).toBe(`12${letter}345-67`);
    }
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["1234567", "missing_letter"],
    ["12X345-67", "unknown_letter"],
    ["12چ345-67", "unknown_letter"],
    ["12ب!45-67", "invalid_character"],
    ["1ب345-67", "first_digits"],
    ["123ب345-67", "first_digits"],
    ["12ب34", "middle_digits"],
    ["12ب345", "region_digits"],
    ["12ب345-6", "region_digits"],
    ["12ب345-678", "region_digits"],
    ["02ب345-67", "leading_zero"],
    ["12بب345-67", "unknown_letter"],
  ])("rejects %s as %s", (input, code) => {
    const result = parsePlate(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.fa.length).toBeGreaterThan(5);
      expect(result.error.en.length).toBeGreaterThan(5);
    }
  });

  it("returns the parts of the plate", () => {
    const result = parsePlate("12ب345-67");
    expect(result).toEqual({
      ok: true,
      plate: { canonical: "12ب345-67", first: "12", letter: "ب", middle: "345", region: "67" },
    });
  });
});

describe("plate info", () => {
  const plate = (text: string) => {
    const result = parsePlate(text);
    if (!result.ok) throw new Error(text);
    return result.plate;
  };

  it("finds the province of the region code", () => {
    expect(plateProvince(plate("12ب345-67"))).toBe("اصفهان");
    expect(plateProvince(plate("12ب345-11"))).toBe("تهران");
    expect(plateProvince(plate("12ب345-50"))).toBeNull();
  });

  it("derives the category from the letter", () => {
    expect(plateCategory(plate("12ب345-67"))).toBe("private");
    expect(plateCategory(plate("12الف345-67"))).toBe("government");
    expect(plateCategory(plate("12ت345-67"))).toBe("taxi");
    expect(plateCategory(plate("12♿345-67"))).toBe("disabled");
    expect(plateCategory(plate("12D345-67"))).toBe("diplomatic");
  });
});
