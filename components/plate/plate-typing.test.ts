import { describe, expect, it } from "vitest";
import { EMPTY_PLATE, type PlateParts } from "./plate-parts";
import { typeIntoBox } from "./plate-typing";

const plate = (first: string, letter: PlateParts["letter"], middle: string, region: string): PlateParts => ({ first, letter, middle, region });

describe("typeIntoBox", () => {
  it("moves on when a box fills, one key at a time", () => {
    expect(typeIntoBox(EMPTY_PLATE, "first", "1")).toEqual({ parts: plate("1", "", "", ""), focus: null });
    expect(typeIntoBox(plate("1", "", "", ""), "first", "12")).toEqual({ parts: plate("12", "", "", ""), focus: "letter" });
    expect(typeIntoBox(plate("12", "ب", "34", ""), "middle", "345")).toEqual({ parts: plate("12", "ب", "345", ""), focus: "region" });
    expect(typeIntoBox(plate("12", "ب", "345", "6"), "region", "67")).toEqual({ parts: plate("12", "ب", "345", "67"), focus: "region" });
  });

  it("takes a whole plate committed at once by an input method, in any digits", () => {
    expect(typeIntoBox(EMPTY_PLATE, "first", "۱۲ب۳۴۵۶۷")).toEqual({ parts: plate("12", "ب", "345", "67"), focus: "region" });
    expect(typeIntoBox(EMPTY_PLATE, "first", "12 ب 345 ایران 67")).toEqual({ parts: plate("12", "ب", "345", "67"), focus: "region" });
  });

  it("lets several digits flow on into the next boxes", () => {
    expect(typeIntoBox(plate("", "ب", "", ""), "first", "12345")).toEqual({ parts: plate("12", "ب", "345", ""), focus: "region" });
    expect(typeIntoBox(plate("12", "ب", "", ""), "middle", "34567")).toEqual({ parts: plate("12", "ب", "345", "67"), focus: "region" });
    expect(typeIntoBox(EMPTY_PLATE, "first", "12ب3")).toEqual({ parts: plate("12", "ب", "3", ""), focus: "middle" });
  });

  it("picks the letter typed into a digit box and keeps the digits", () => {
    expect(typeIntoBox(plate("12", "", "", ""), "first", "12ب")).toEqual({ parts: plate("12", "ب", "", ""), focus: "middle" });
    expect(typeIntoBox(plate("12", "", "34", ""), "middle", "34ج")).toEqual({ parts: plate("12", "ج", "34", ""), focus: "middle" });
  });

  it("does not overwrite the next box with one digit typed into a full box", () => {
    expect(typeIntoBox(plate("12", "ب", "345", "67"), "first", "129")).toEqual({ parts: plate("12", "ب", "345", "67"), focus: null });
  });
});
