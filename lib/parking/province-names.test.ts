import { describe, expect, it } from "vitest";
import { parsePlate } from "./plate";
import { plateProvince } from "./plate-info";
import { provinceName } from "./province-names";

const province = (text: string) => {
  const parsed = parsePlate(text);
  if (!parsed.ok) throw new Error(text);
  return plateProvince(parsed.plate);
};

describe("provinceName", () => {
  it("names a plate's province in English as in Persian", () => {
    expect(provinceName(province("12ب345-11"), "fa")).toBe("تهران");
    expect(provinceName(province("12ب345-11"), "en")).toBe("Tehran");
    expect(provinceName(province("12ب345-13"), "en")).toBe("Isfahan");
  });

  it("has an English name for every region code persian-tools knows", () => {
    for (let region = 10; region < 100; region++) {
      const persian = province(`12ب345-${region}`);
      if (persian) expect(provinceName(persian, "en"), `${region} ${persian}`).toBeTruthy();
    }
  });

  it("says nothing for an unknown region rather than the Persian name", () => {
    expect(provinceName(null, "en")).toBeNull();
    expect(provinceName("ناشناخته", "en")).toBeNull();
  });
});
