import { describe, expect, it } from "vitest";
import { checkPlate, cleanDigits, EMPTY_PLATE, letterFromText, partsFromText } from "./plate-parts";

describe("cleanDigits", () => {
  it("accepts Persian and Arabic digits and cuts to the box length", () => {
    expect(cleanDigits("۱۲۳", "first")).toBe("12");
    expect(cleanDigits("٣4a5", "middle")).toBe("345");
    expect(cleanDigits("x", "region")).toBe("");
  });
});

describe("letterFromText", () => {
  it("maps typed keys to plate letters", () => {
    expect(letterFromText("ب")).toBe("ب");
    expect(letterFromText("ا")).toBe("الف");
    expect(letterFromText("d")).toBe("D");
    expect(letterFromText("ك")).toBe("ک");
  });

  it("rejects digits and letters that are not on plates", () => {
    expect(letterFromText("۱")).toBeNull();
    expect(letterFromText("x")).toBeNull();
    expect(letterFromText("")).toBeNull();
  });
});

describe("partsFromText", () => {
  it("splits a pasted plate into the boxes", () => {
    expect(partsFromText("۱۲ ب ۳۴۵ ایران ۶۷")).toEqual({ first: "12", letter: "ب", middle: "345", region: "67" });
    expect(partsFromText("12الف345-67")?.letter).toBe("الف");
    expect(partsFromText("hello")).toBeNull();
  });
});

describe("checkPlate", () => {
  it("is empty, incomplete, invalid or valid", () => {
    expect(checkPlate(EMPTY_PLATE).state).toBe("empty");
    expect(checkPlate({ ...EMPTY_PLATE, first: "12" }).state).toBe("incomplete");
    const zero = checkPlate({ first: "02", letter: "ب", middle: "345", region: "67" });
    expect(zero.state === "invalid" && zero.error.code).toBe("leading_zero");
    const valid = checkPlate({ first: "12", letter: "ب", middle: "345", region: "67" });
    expect(valid.state === "valid" && valid.plate.canonical).toBe("12ب345-67");
  });
});
